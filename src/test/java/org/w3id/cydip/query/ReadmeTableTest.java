package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ReadmeTableTest {
    @Test
    void the_readme_table_of_queries_is_what_the_catalogue_generates() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int begin = readme.indexOf(ReadmeTable.BEGIN);
        int end = readme.indexOf(ReadmeTable.END);
        assertTrue(begin >= 0 && end > begin, "README.md has the markers " + ReadmeTable.BEGIN + " ... " + ReadmeTable.END);
        String table = readme.substring(begin + ReadmeTable.BEGIN.length(), end).strip() + "\n";
        assertEquals(ReadmeTable.markdown(Fixtures.catalogue()), table,
                "README.md's query table is stale: paste ReadmeTable.markdown's output between the markers");
    }
}
