package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
    @TempDir
    Path dir;

    @Test
    void a_query_file_that_cannot_be_read_is_a_query_error_naming_it() {
        Path missing = dir.resolve("missing.rq");
        QueryException e = assertThrows(QueryException.class, () -> QueryRunner.read(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read"), e.getMessage());
    }

    @Test
    void a_query_file_with_a_syntax_error_names_file_line_and_column() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT ?x\nWHERE { ?x ?y }\n");
        QueryException e = assertThrows(QueryException.class, () -> QueryRunner.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
    }
}
