package org.w3id.cydip.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cydip.query.BadParameterException;

/** {@code /search?q=} (a results page that needs no script) and {@code /api/search} (JSON, for suggestions). */
final class SearchPage {
    static final int DEFAULT_LIMIT = 10;
    static final int PAGE_LIMIT = 50;

    private SearchPage() {}

    static Rendered render(PageContext ctx) {
        String q = text(ctx.request().parameters());
        Map<String, Object> m = ctx.model("search");
        m.put("hits", q.isBlank() ? List.of() : ctx.snapshot().search.search(q, ctx.lang(), PAGE_LIMIT));
        return Rendered.ok(ctx.render("search", m));
    }

    /** {@code [{"iri","label","lang","type","typeLabel","href","matched"}]}, best first. */
    static String json(PageContext ctx) {
        Map<String, String> params = ctx.request().parameters();
        String q = text(params);
        int limit = limit(params.get("limit"));
        JsonArray out = new JsonArray();
        for (SearchHit h : ctx.snapshot().search.search(q, ctx.lang(), limit)) {
            JsonObject o = new JsonObject();
            o.put("iri", h.iri());
            o.put("label", h.label());
            if (h.lang() != null)
                o.put("lang", h.lang());
            o.put("type", h.type());
            o.put("typeLabel", h.typeLabel());
            o.put("href", h.href());
            o.put("matched", h.matched());
            out.add(o);
        }
        return out.toString();
    }

    private static String text(Map<String, String> params) {
        String q = params.getOrDefault("q", "");
        if (q.length() > SearchIndex.MAX_TEXT)
            throw new BadParameterException("parameter \"q\": at most " + SearchIndex.MAX_TEXT + " characters, not "
                    + q.length());
        return q;
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank())
            return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= SearchIndex.MAX_LIMIT)
                return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException("parameter \"limit\": \"" + raw + "\" is not a number from 1 to "
                + SearchIndex.MAX_LIMIT);
    }
}
