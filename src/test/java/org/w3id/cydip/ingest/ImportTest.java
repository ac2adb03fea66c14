package org.w3id.cydip.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.cli.Main;

/** The import is reproducible, and the committed data is exactly what it produces. */
class ImportTest {
    private static final Path SOURCES = Path.of("data/sources");

    @Test
    void importing_twice_gives_byte_identical_files(@TempDir Path a, @TempDir Path b) throws IOException {
        Importer.importInto(SOURCES, a);
        Importer.importInto(SOURCES, b);
        List<String> names = ttl(a);
        assertEquals(names, ttl(b));
        assertTrue(names.size() >= 10, names::toString);
        for (String n : names)
            assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
    }

    @Test
    void committed_data_equals_a_fresh_import(@TempDir Path fresh) throws IOException {
        Importer.importInto(SOURCES, fresh);
        assertEquals(ttl(fresh), ttl(Path.of("data")), "data/*.ttl and the import produce different files");
        for (String n : ttl(fresh))
            assertEquals(Files.readString(fresh.resolve(n)), Files.readString(Path.of("data", n)),
                    "data/" + n + " differs from a fresh import: run ./cydip import and commit");
    }

    @Test
    void malformed_table_names_file_line_and_column_and_writes_nothing(@TempDir Path tmp) throws IOException {
        Path sources = tmp.resolve("sources");
        TestProject.copyTree(SOURCES, sources);
        Path votes = sources.resolve("votes/unga_votes.csv");
        List<String> lines = Files.readAllLines(votes);
        lines.set(3, lines.get(3).replace(",yes,", ",maybe,"));
        Files.write(votes, lines);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("votes.ttl"), "old");

        ImportException e = assertThrows(ImportException.class, () -> Importer.importInto(sources, out));
        assertTrue(e.getMessage().startsWith("votes/unga_votes.csv:4: column \"vote\""), e.getMessage());
        assertEquals("old", Files.readString(out.resolve("votes.ttl")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count(), "a failed import left files behind");
        }
    }

    @Test
    void import_command_exits_2_on_a_row_with_too_few_cells(@TempDir Path tmp) throws IOException {
        Path sources = tmp.resolve("sources");
        TestProject.copyTree(SOURCES, sources);
        Files.writeString(sources.resolve("votes/wcit12.csv"), "state_name,iso3,signed,source\nCanada,CAN\n");
        int code = Main.run("import", "--sources", sources.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.USAGE, code);
        assertFalse(Files.exists(tmp.resolve("out/votes.ttl")));
    }

    @Test
    void importing_counts_per_table_the_facts_added_removed_and_changed_against_the_old_files(@TempDir Path tmp)
            throws IOException {
        Path sources = tmp.resolve("sources");
        TestProject.copyTree(SOURCES, sources);
        Path out = tmp.resolve("data");
        Importer.importInto(sources, out);
        assertEquals(java.util.Map.of(), ImportChanges.between(out, Importer.run(sources)), "nothing changed");
        Path votes = sources.resolve("votes/unga_votes.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(votes));
        String changed = lines.get(1).replace(",yes,", ",abstain,");
        assertTrue(!changed.equals(lines.get(1)), lines.get(1));
        lines.set(1, changed);
        lines.remove(2);
        Files.write(votes, lines);
        var counts = ImportChanges.between(out, Importer.run(sources));
        assertEquals(new ImportChanges.Count(0, 0, 1), counts.get("votes/unga_votes.csv"));
        assertEquals(new ImportChanges.Count(0, 1, 0), counts.get("data/votes.ttl"), counts::toString);
    }

    private static List<String> ttl(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).sorted().toList();
        }
    }
}
