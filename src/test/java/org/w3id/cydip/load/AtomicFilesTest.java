package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_write_that_fails_midway_leaves_the_old_file_and_no_temporary_one() throws IOException {
        Path file = Files.writeString(dir.resolve("cydip.trig"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half a dump".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("cydip.trig"), names());
    }

    @Test
    void a_write_replaces_the_file_whole() throws IOException {
        Path file = Files.writeString(dir.resolve("cydip.trig"), "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("cydip.trig"), names());
    }

    @Test
    void write_all_replaces_nothing_when_one_file_cannot_be_written() throws IOException {
        Files.writeString(dir.resolve("votes.ttl"), "old");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("votes.ttl", "new");
        files.put("missing-folder/actors.ttl", "new");
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(dir, files));
        assertEquals("old", Files.readString(dir.resolve("votes.ttl")));
        assertEquals(List.of("votes.ttl"), names());
        assertFalse(Files.exists(dir.resolve("missing-folder")));
    }

    @Test
    void write_all_writes_every_file_in_the_order_given() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("b.ttl", "B");
        files.put("a.ttl", "A");
        List<Path> written = AtomicFiles.writeAll(dir.resolve("out"), files);
        assertEquals(List.of("b.ttl", "a.ttl"), written.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("A", Files.readString(dir.resolve("out/a.ttl")));
    }
}
