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

    @Test
    void a_stated_day_bound_is_refused_with_its_line_because_cydip_derives_it() {
        String text = "@prefix cydip: <https://w3id.org/cydip/ontology#> .\n"
                + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                + "<https://w3id.org/cydip/id/vote/x> cydip:date \"2019-12-27\"^^xsd:date ;\n"
                + "    cydip:earliestDay \"2019-12-27\"^^xsd:date .\n";
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> parse(text, Lang.TURTLE, GraphFactory.createDefaultGraph()));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("entry:4:") && e.getMessage().contains("cydip:earliestDay is derived"), e.getMessage());
    }
}
