package org.w3id.cydip.portability;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One query to put to every engine: a canned query with one parameter set, or a
 * probe. Jena runs {@code query} with {@code params} as cydip's server does (a
 * substitution of RDF terms); the other engines get {@link #text()}, the same
 * query with the terms written in (what grlc or a reader pasting the query
 * would send).
 *
 * @param label        what the check prints: the file and the parameters given
 * @param query        the parsed query, parameters as variables
 * @param params       the parameter values, defaults filled in ({@code CannedQuery.bind})
 * @param skip         why the case is not run, or null
 */
record Case(String label, Query query, Binding params, String skip) {
    /** The query text with the parameters replaced by their terms. */
    String text() {
        Map<Var, Node> values = new HashMap<>();
        params.forEach(values::put);
        return (values.isEmpty() ? query : QueryTransformOps.replaceVars(query, values)).serialize();
    }

    /** The variables bound to a GROUP_CONCAT, with their separators (compared as sets of parts). */
    Map<String, String> concatenated() {
        return Normalised.groupConcats(query);
    }
}
