package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.ListeningSocket;

class RdfFilesTest {
    static void parse(String text, Lang lang, Graph into) {
        RdfFiles.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang, "entry",
                StreamRDFLib.graph(into), new Origins());
    }

    @Test
    void jsonld_with_a_remote_context_is_refused_without_fetching_it() {
        try (ListeningSocket socket = new ListeningSocket()) {
            LoadException e = assertThrows(LoadException.class,
                    () -> parse(socket.jsonldWithRemoteContext(), Lang.JSONLD, GraphFactory.createDefaultGraph()));
            assertTrue(e.getMessage().startsWith("entry: ") && e.getMessage().contains(RdfFiles.NO_REMOTE_CONTEXTS),
                    e.getMessage());
            assertEquals(0, socket.connections());
        }
    }

    @Test
    void jsonld_with_an_inline_context_is_read() {
        Graph g = GraphFactory.createDefaultGraph();
        parse("{\"@context\": {\"iso3\": \"https://w3id.org/cydip/ontology#iso3\"},"
                + " \"@id\": \"https://w3id.org/cydip/id/state/FRA\", \"iso3\": \"FRA\"}", Lang.JSONLD, g);
        assertEquals(1, g.size());
    }
}
