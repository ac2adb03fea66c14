package org.w3id.cydip.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.cli.Main;

/** A publisher is attributed only with where the attribution can be checked. */
class PublishersTest {
    private static final Path SOURCES = Path.of("data/sources");

    private static Path withRow(Path tmp, String row) throws IOException {
        Path sources = tmp.resolve("sources");
        TestProject.copyTree(SOURCES, sources);
        Path table = sources.resolve(Publishers.TABLE);
        Files.writeString(table, Files.readString(table) + row + "\n");
        return sources;
    }

    @Test
    void a_publisher_row_without_a_source_is_refused_naming_file_and_line(@TempDir Path tmp) throws IOException {
        Path sources = withRow(tmp, "example.org,Example Ministry,example-ministry,,official,,");
        long line = Files.readAllLines(sources.resolve(Publishers.TABLE)).size();
        ImportException e = assertThrows(ImportException.class, () -> Importer.run(sources));
        assertTrue(e.getMessage().startsWith(Publishers.TABLE + ":" + line + ": column \"source\""), e.getMessage());
        assertEquals(Main.USAGE, Main.run("import", "--sources", sources.toString(), "--out", tmp.resolve("out").toString()));
        assertFalse(Files.exists(tmp.resolve("out/sources.ttl")));
    }

    @Test
    void a_kind_outside_the_scheme_is_refused(@TempDir Path tmp) throws IOException {
        Path sources = withRow(tmp, "example.org,,,,blog,https://example.org/about,");
        ImportException e = assertThrows(ImportException.class, () -> Importer.run(sources));
        assertTrue(e.getMessage().contains("column \"kind\""), e.getMessage());
    }
}
