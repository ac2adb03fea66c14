package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A small graph shown whole, one section per subject (the dataset's VoID, DCAT and Service Description). */
final class DocumentPage {
    record Subject(String anchor, Cell label, List<Facts.Fact> facts) {}

    private DocumentPage() {}

    static String render(Graph g, String title, PageContext ctx) {
        Map<String, Object> m = ctx.model("document");
        Cells cells = ctx.cells();
        Set<Node> subjects = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI())
                subjects.add(t.getSubject());
        });
        List<Subject> out = new ArrayList<>();
        for (Node s : subjects) {
            int hash = s.getURI().indexOf('#');
            out.add(new Subject(hash >= 0 ? s.getURI().substring(hash + 1) : null, cells.of(s),
                    Facts.of(g, s, cells).rest(List.of())));
        }
        m.put("title", title);
        m.put("subjects", out);
        m.put("formats", ResourceModel.formats(ctx.request().documentPath()));
        return ctx.render("document", m);
    }
}
