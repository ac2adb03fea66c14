package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.curate.CurateException;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.query.QueryException;
import org.w3id.cydip.testing.FixtureProject;
import org.w3id.cydip.testing.TestClient;

/**
 * The builder reads every setting before it reads the data: each project here
 * also holds a data file that cannot be parsed, so a failure of the configuration
 * shows that the data was never reached.
 */
class CydipServerTest {
    @TempDir
    Path dir;

    /** The small fixture project, plus a data file that fails to parse if it is ever read. */
    private ProjectFiles projectWithUnreadableData() throws IOException {
        ProjectFiles p = FixtureProject.create(dir.resolve("project"), FixtureProject.CURATE);
        Files.writeString(p.root().resolve("data/unreadable.ttl"), "this is not Turtle\n");
        return p;
    }

    @Test
    void a_bad_query_file_fails_the_build_before_the_data_is_read() throws IOException {
        ProjectFiles p = projectWithUnreadableData();
        Files.createDirectories(p.root().resolve("queries"));
        Files.writeString(p.root().resolve("queries/broken.rq"), "#+ summary: broken\nSELECT ?x WHERE { ?x \n");
        var e = assertThrows(QueryException.class, () -> CydipServer.create().project(p).port(0).build());
        assertTrue(e.getMessage().contains("queries/broken.rq"), e.getMessage());
    }

    @Test
    void a_bad_curators_file_fails_the_build_before_the_data_is_read() throws IOException {
        ProjectFiles p = projectWithUnreadableData();
        Path curators = Files.writeString(dir.resolve("curators.txt"), "alice has no hash\n");
        var e = assertThrows(CurateException.class,
                () -> CydipServer.create().project(p).curators(curators).port(0).build());
        assertTrue(e.getMessage().contains("curators.txt:1"), e.getMessage());
    }

    @Test
    void a_federation_endpoint_that_is_not_http_fails_the_build_before_the_data_is_read() throws IOException {
        ProjectFiles p = projectWithUnreadableData();
        var e = assertThrows(ServerConfigException.class,
                () -> CydipServer.create().project(p).federate(List.of("ftp://example.org/sparql")).port(0).build());
        assertTrue(e.getMessage().contains("ftp://example.org/sparql"), e.getMessage());
    }

    @Test
    void data_that_violates_the_shapes_fails_the_build_carrying_the_report() throws IOException {
        ProjectFiles p = FixtureProject.create(dir.resolve("project"), FixtureProject.CURATE);
        Path base = p.root().resolve("data/base.ttl");
        Files.writeString(base, Files.readString(base).replace("cydip:iso3 \"RUS\"", "cydip:iso3 \"Russia\""));
        var e = assertThrows(NonConformingDataException.class, () -> CydipServer.create().project(p).port(0).build());
        assertFalse(e.data().conforms());
        assertTrue(e.data().report().getEntries().stream()
                .anyMatch(r -> r.focusNode().getURI().endsWith("/state/RUS")), e.getMessage());
    }

    @Test
    void a_built_server_answers_at_its_url_on_a_free_loopback_port_until_stopped() {
        ProjectFiles p = FixtureProject.create(dir.resolve("project"), FixtureProject.CURATE);
        String ping;
        try (CydipServer server = CydipServer.create().project(p).port(0).build().start()) {
            assertTrue(server.port() > 0);
            ping = server.url("/$/ping");
            assertEquals("http://127.0.0.1:" + server.port() + "/$/ping", ping);
            assertEquals(200, new TestClient(server.url("")).get("/$/ping").statusCode());
        }
        assertThrows(RuntimeException.class, () -> new TestClient("").get(ping));
    }
}
