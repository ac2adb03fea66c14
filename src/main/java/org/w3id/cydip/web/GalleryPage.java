package org.w3id.cydip.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;

/** {@code /queries}: every canned query as a card with its summary, description, tags and parameters. */
final class GalleryPage {
    record Card(String name, String summary, String description, List<String> tags, List<String> parameters) {}

    private GalleryPage() {}

    static Rendered render(PageContext ctx, QueryCatalogue catalogue) {
        Map<String, Object> m = ctx.model("gallery");
        List<Card> cards = catalogue.all().stream().map(GalleryPage::card).toList();
        TreeSet<String> tags = new TreeSet<>();
        cards.forEach(c -> tags.addAll(c.tags()));
        m.put("queries", cards);
        m.put("tags", List.copyOf(tags));
        return Rendered.ok(ctx.render("gallery", m));
    }

    private static Card card(CannedQuery q) {
        return new Card(q.name(), q.header().summary(), q.header().description(), q.header().tags(),
                q.parameters().stream().map(Parameter::name).toList());
    }
}
