package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.testing.CydipTestServer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/** With Fuseki's request log on, a query nested too deeply to be written out for the log is still a 400, not a 500. */
class DeepQueryLoggedTest {
    @Test
    void a_deep_path_query_is_a_400_with_the_request_log_on() {
        Logger log = (Logger) LoggerFactory.getLogger("org.apache.jena.fuseki.Fuseki");
        Level was = log.getLevel();
        log.setLevel(Level.INFO);
        try (CydipTestServer server = CydipTestServer.create().start()) {
            String step = "/<urn:p>";
            int n = (Limits.DEFAULT_MAX_QUERY_BYTES - 100) / (step.length() + 1);
            String q = "SELECT * WHERE { ?s <urn:p>" + step.repeat(n) + " ?o }";
            var r = server.sendFresh(server.request("/cydip/sparql", "Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(q)).build());
            assertEquals(400, r.statusCode(), r.body());
        } finally {
            log.setLevel(was);
        }
    }
}
