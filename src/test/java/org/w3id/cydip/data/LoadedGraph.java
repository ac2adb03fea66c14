package org.w3id.cydip.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.validate.ValidatedDataset;

/** The project's graph, loaded and validated once for all data tests, queried with SPARQL. */
final class LoadedGraph {
    private static ValidatedDataset opened;

    private LoadedGraph() {}

    static synchronized ValidatedDataset get() {
        if (opened == null)
            opened = ValidatedDataset.open(ProjectFiles.directory(Path.of("")), null);
        return opened;
    }

    static final String PREFIXES = """
            PREFIX cydip: <https://w3id.org/cydip/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX id: <https://w3id.org/cydip/id/>
            """;

    /** A pattern: ?state is a state with an act of consent to ETS 185 or an entry into force for it. */
    static final String BUDAPEST_PARTY = """
              ?a cydip:instrument id:instrument\\/budapest-ets185 ; cydip:actor ?state ; cydip:actType ?t .
              ?state a cydip:State .
              VALUES ?t { id:act-type\\/ratification id:act-type\\/acceptance id:act-type\\/approval
                          id:act-type\\/accession id:act-type\\/entry-into-force }
            """;

    /** The rows of a SELECT over the union of all graphs. */
    static List<QuerySolution> select(String query) {
        DatasetGraph dsg = get().dataset();
        if (dsg == null)
            throw new AssertionError("the graph does not conform to the shapes, so it was not loaded");
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(PREFIXES + query, DatasetFactory.wrap(dsg))) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> rows.add(copy(row)));
                return rows;
            }
        });
    }

    /** A copy whose terms are resolved now, inside the read transaction. */
    private static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap m = new QuerySolutionMap();
        row.varNames().forEachRemaining(v -> m.add(v, row.get(v)));
        return m;
    }

    /** The single integer ?n of a SELECT. */
    static long count(String query) {
        return select(query).getFirst().getLiteral("n").getLong();
    }
}
