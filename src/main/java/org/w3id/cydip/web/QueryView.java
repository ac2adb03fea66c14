package org.w3id.cydip.web;

import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A query as a page shows it under "view the query": its text as written, with
 * the values this page binds named above it; a link that opens it in the editor
 * with those values written in; and, for a canned query, links to its gallery
 * page and its raw results.
 */
public record QueryView(String text, String editorHref, String galleryHref, String apiHref) {
    /** A page query, bound to {@code values}. */
    static QueryView of(PageQuery q, Binding values) {
        return new QueryView(shown(q, values), Links.editor(q.bound(values)), null, null);
    }

    /** A canned query, bound to {@code values}, which the API and the gallery take as {@code params}. */
    static QueryView canned(PageQuery q, Binding values, Map<String, String> params) {
        return new QueryView(shown(q, values), Links.example(q.name(), params), Links.gallery(q.name(), params),
                Links.api(q.name(), params));
    }

    private static String shown(PageQuery q, Binding values) {
        StringBuilder b = new StringBuilder();
        values.forEach((v, n) -> b.append("# ?").append(v.getVarName()).append(" = ")
                .append(FmtUtils.stringForNode(n)).append('\n'));
        return b.append(q.text()).toString();
    }
}
