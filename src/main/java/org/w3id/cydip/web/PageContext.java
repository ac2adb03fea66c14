package org.w3id.cydip.web;

import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.publish.PageRequest;

/**
 * Everything one page is rendered from: the data's snapshot, the dataset for its
 * queries, the page language, the request, and the templates.
 */
record PageContext(Snapshot snapshot, DatasetGraph dataset, PageLanguage lang, PageRequest request,
        Templates templates) {

    static PageContext of(Snapshots snapshots, PageRequest request, Templates templates) {
        PageLanguage lang = PageLanguage.choose(request.parameter("lang"), request.languages());
        return new PageContext(snapshots.get(), snapshots.dataset(), lang, request, templates);
    }

    Cells cells() {
        return new Cells(snapshot.labels, lang, Chrome.langQuery(lang, request.parameters()));
    }

    /** The layout's model for a page of {@code kind}. */
    Map<String, Object> model(String kind) {
        return Chrome.model(kind, lang, request.documentPath(), request.parameters());
    }

    String render(String template, Map<String, Object> model) {
        return templates.render(template, model, lang);
    }

    /** The cache key part this request's page depends on: language and the named parameters. */
    String variant(String... parameters) {
        StringBuilder b = new StringBuilder(lang.code()).append(Chrome.langQuery(lang, request.parameters()));
        for (String p : parameters)
            b.append('|').append(p).append('=').append(request.parameters().getOrDefault(p, ""));
        return b.toString();
    }
}
