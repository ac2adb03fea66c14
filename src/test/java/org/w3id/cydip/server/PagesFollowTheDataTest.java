package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.vocab.Cydip;

class PagesFollowTheDataTest {
    private static String title(CydipTestServer s) {
        return Jsoup.parse(s.get("/id/state/FRA", "Accept", "text/html", "Accept-Language", "fr").body())
                .getElementById("title").text();
    }

    @Test
    void a_page_kept_for_one_data_version_is_rendered_again_for_the_next() {
        try (CydipTestServer s = CydipTestServer.fixture()) {
            String before = title(s);
            DatasetGraph dsg = s.dataset();
            Node fra = Cydip.id("state", "FRA");
            Txn.executeWrite(dsg, () -> {
                var actors = dsg.getGraph(Cydip.graph("actors"));
                actors.find(fra, RDFS.label.asNode(), Node.ANY).toList().stream()
                        .filter(t -> "fr".equals(t.getObject().getLiteralLanguage())).forEach(actors::delete);
                actors.add(fra, RDFS.label.asNode(),
                        org.apache.jena.graph.NodeFactory.createLiteralLang("République française", "fr"));
            });
            assertEquals(before, title(s), "same data version: the kept page");
            DataVersion.bump(dsg);
            assertEquals("République française", title(s));
        }
    }
}
