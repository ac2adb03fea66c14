package org.w3id.cydip.testing;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Asks the dataset directly, to check what pages and queries give against the data. */
public final class Sparql {
    private Sparql() {}

    /** The single number {@code ?n} that {@code select} returns. */
    public static long count(DatasetGraph dsg, String select) {
        String q = "PREFIX cydip: <https://w3id.org/cydip/ontology#>\n" + select;
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
