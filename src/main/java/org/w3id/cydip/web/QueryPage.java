package org.w3id.cydip.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryDeniedException;
import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;

/**
 * {@code /queries/{name}}: a canned query's form, submitted by GET so that the
 * page's URL (parameters and {@code view=}) is its permalink; the first rows of
 * its results rendered on the server (readable without script) inside the
 * {@code cydip-results} element that the script turns into views; downloads;
 * the query's text and a link that opens it in the editor.
 */
final class QueryPage {
    /** Rows rendered on the server; the script pages through the rest. */
    static final int SHOWN_ROWS = 100;
    static final Set<String> VIEWS = Set.of("auto", "table", "map", "timeline", "matrix", "bar");
    static final List<String> DOWNLOADS = List.of("csv", "tsv", "json", "xml");

    record Download(String format, String href) {}

    private QueryPage() {}

    static Rendered render(PageContext ctx, QueryCatalogue catalogue, String name) {
        CannedQuery q = catalogue.get(name);
        Map<String, String> values = values(q, ctx.request().parameters());
        String view = ctx.request().parameters().getOrDefault("view", "auto");
        if (!VIEWS.contains(view))
            view = "auto";
        PageQuery pq = new PageQuery(q.name(), catalogue.text(name), q.query());
        Map<String, Object> m = ctx.model("query");
        m.put("query", Map.of("name", q.name(), "summary", q.header().summary(),
                "description", q.header().description(), "tags", q.header().tags()));
        m.put("fields", QueryForm.fields(q, values, ctx));
        m.put("view", view);
        m.put("text", pq.text());
        links(m, ctx, name, values, view);
        int status = 200;
        try {
            Table table = pq.run(ctx.dataset(), q.bind(values), SHOWN_ROWS);
            m.put("table", table);
            m.put("rows", rows(table, ctx.cells()));
        } catch (BadParameterException e) {
            status = 400;
            m.put("error", e.getMessage());
        } catch (QueryDeniedException e) {
            m.put("error", e.getMessage());
        }
        return new Rendered(status, ctx.render("query", m).getBytes(StandardCharsets.UTF_8));
    }

    /** The editor, the API and download links, and the permalink (the values, the view, a chosen language). */
    private static void links(Map<String, Object> m, PageContext ctx, String name, Map<String, String> values,
            String view) {
        m.put("editorHref", Links.example(name, values));
        m.put("apiHref", Links.api(name, values));
        m.put("downloads", DOWNLOADS.stream().map(f -> new Download(f, Links.api(name, with(values, "format", f))))
                .toList());
        Map<String, String> link = new LinkedHashMap<>(values);
        if (!view.equals("auto"))
            link.put("view", view);
        if (!Chrome.langQuery(ctx.lang(), ctx.request().parameters()).isEmpty())
            link.put("lang", ctx.lang().code());
        m.put("permalink", Links.gallery(name, link));
    }

    /**
     * The rows as lists of cells by column: one cell per value, and one per IRI
     * where a value is a space-separated list of them (a {@code GROUP_CONCAT} of sources).
     */
    static List<Map<String, List<Cell>>> rows(Table table, Cells cells) {
        List<Map<String, List<Cell>>> out = new java.util.ArrayList<>();
        for (Map<String, org.apache.jena.graph.Node> r : table.rows()) {
            Map<String, List<Cell>> row = new LinkedHashMap<>();
            r.forEach((k, v) -> row.put(k, isIriList(v) ? cells.list(v) : List.of(cells.of(v))));
            out.add(row);
        }
        return out;
    }

    private static boolean isIriList(org.apache.jena.graph.Node v) {
        if (!v.isLiteral())
            return false;
        String s = v.getLiteralLexicalForm().strip();
        return !s.isEmpty() && java.util.Arrays.stream(s.split("\\s+"))
                .allMatch(t -> t.startsWith("https://") || t.startsWith("http://"));
    }

    /** The query's parameters as the reader sent them; empty values are not given. */
    static Map<String, String> values(CannedQuery q, Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Parameter p : q.parameters()) {
            String v = params.get(p.name());
            if (v != null && !v.isBlank())
                out.put(p.name(), v.strip());
        }
        return out;
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> out = new LinkedHashMap<>(m);
        out.put(k, v);
        return out;
    }
}
