package org.w3id.cydip.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.QueryException;

/**
 * {@code /sparql}: the shell of the SPARQL editor (the script mounts YASGUI on
 * {@code #yasgui}), cydip's prefixes, the canned queries as examples, and a plain
 * form that works without script. {@code ?query=} opens that query;
 * {@code ?example=NAME&k=v} the canned query NAME with those values (or its
 * defaults) written in.
 */
final class EditorPage {
    record Example(String name, String summary, String editorHref) {}

    /** The longest query text the page takes from its URL. */
    static final int MAX_QUERY = 20_000;

    private EditorPage() {}

    static Rendered render(PageContext ctx, QueryCatalogue catalogue) {
        Map<String, Object> m = ctx.model("editor");
        String example = ctx.request().parameter("example");
        String query = example != null && !example.isBlank() ? example(catalogue, example.strip(), ctx)
                : ctx.request().parameters().getOrDefault("query", "");
        if (query.length() > MAX_QUERY)
            throw new org.w3id.cydip.query.BadParameterException("parameter \"query\": at most " + MAX_QUERY
                    + " characters, not " + query.length());
        m.put("query", query);
        m.put("prefixes", prefixes(ctx.dataset()));
        m.put("examples", examples(catalogue));
        return Rendered.ok(ctx.render("editor", m));
    }

    /** {@code PREFIX p: <ns>} lines for every prefix the data declares, sorted. */
    static String prefixes(DatasetGraph dsg) {
        Map<String, String> sorted = new TreeMap<>(Txn.calculateRead(dsg, () -> dsg.prefixes().getMapping()));
        StringBuilder b = new StringBuilder();
        sorted.forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString().strip();
    }

    private static List<Example> examples(QueryCatalogue catalogue) {
        return catalogue.all().stream()
                .map(q -> new Example(q.name(), q.header().summary(), "/sparql?example=" + q.name())).toList();
    }

    /**
     * Canned query {@code name} with the request's values for its parameters (or
     * its defaults) written in; its own text where it needs a value it was not given.
     */
    private static String example(QueryCatalogue catalogue, String name, PageContext ctx) {
        CannedQuery q = catalogue.get(name);
        PageQuery pq = new PageQuery(q.name(), catalogue.text(q.name()), q.query());
        try {
            return pq.bound(q.bind(QueryPage.values(q, ctx.request().parameters())));
        } catch (QueryException e) {
            return pq.text();
        }
    }
}
