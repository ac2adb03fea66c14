package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.RealServerTest;

/**
 * The IRIs the graph published for resolutions before their symbols were confirmed
 * keep answering: deprecated, each redirects to the resolution that replaces it.
 */
class ReplacedIdentifiersTest extends RealServerTest {
    private static void assertRedirect(String from, String to) {
        for (String accept : new String[] {"text/html", "text/turtle", "application/ld+json"}) {
            HttpResponse<String> r = server.get(from, "Accept", accept);
            assertEquals(301, r.statusCode(), from + " as " + accept);
            assertEquals(to, r.headers().firstValue("Location").orElse(null), from + " as " + accept);
        }
        assertEquals(200, server.get(to, "Accept", "text/turtle").statusCode(), to);
    }

    @Test
    void the_placeholder_of_the_2021_joint_resolution_redirects_to_a_res_76_19() {
        assertRedirect("/id/instrument/unga-76-us-russia-ict-2021", "/id/instrument/A-RES-76-19");
    }

    @Test
    void the_placeholder_of_the_convention_adoption_redirects_to_a_res_79_243() {
        assertRedirect("/id/instrument/unga-79-cybercrime-convention-adoption", "/id/instrument/A-RES-79-243");
        HttpResponse<String> doc = server.get("/id/instrument/unga-79-cybercrime-convention-adoption.ttl");
        assertEquals(301, doc.statusCode());
        assertEquals("/id/instrument/A-RES-79-243.ttl", doc.headers().firstValue("Location").orElse(null));
    }
}
