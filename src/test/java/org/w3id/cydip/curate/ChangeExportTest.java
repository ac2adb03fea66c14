package org.w3id.cydip.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeExportTest {
    @TempDir
    Path dir;

    @Test
    void entry_that_cannot_be_rendered_leaves_no_file_behind() throws IOException {
        ChangeLog log = ChangeLog.inMemory();
        log.append(Change.of("alice", RDFDataMgr.loadGraph("src/test/resources/entries/vote-usa.ttl")));
        log.append(Change.of("bob", RDFDataMgr.loadGraph("src/test/resources/entries/new-state.ttl")));
        Path out = dir.resolve("out");
        assertThrows(IllegalStateException.class, () -> ChangeExport.write(log, g -> {
            if (g.size() != 6)
                throw new IllegalStateException("cannot render");
            return "";
        }, out));
        try (Stream<Path> s = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void a_store_that_is_not_there_is_a_curation_error_naming_it() {
        Path store = dir.resolve("no-store");
        CurateException e = assertThrows(CurateException.class, () -> ChangeExport.fromStore(store, dir.resolve("out")));
        assertEquals(store + ": no such store directory", e.getMessage());
    }
}
