package org.w3id.cydip.web;

import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;

/** The canned queries a page is made from, run with the parameters the API and the gallery take. */
final class Canned {
    private final QueryCatalogue catalogue;

    /** A canned query's rows, and how the page shows the query. */
    record Result(Table table, QueryView view) {}

    Canned(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Runs canned query {@code name} with {@code params} (checked as the API checks them). */
    Result run(DatasetGraph dsg, String name, Map<String, String> params) {
        CannedQuery q = catalogue.get(name);
        Binding b = q.bind(params);
        PageQuery pq = new PageQuery(name, catalogue.text(name), q.query());
        return new Result(pq.run(dsg, b), QueryView.canned(pq, b, params));
    }

    QueryCatalogue catalogue() {
        return catalogue;
    }
}
