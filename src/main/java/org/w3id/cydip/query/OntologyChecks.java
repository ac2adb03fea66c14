package org.w3id.cydip.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.vocab.Cydip;

/**
 * The ontology checks, OBO style: {@code ontology/checks/*-violation.rq}, each a
 * SELECT with a grlc header whose every row is an error (a term without a label,
 * a term used but not defined, a deprecated term in use). They run on the named
 * graphs of a project, the shapes as {@code graph/shapes}, and any entries.
 */
public final class OntologyChecks {
    /** The graph the shapes are in when the checks run. */
    public static final Node SHAPES_GRAPH = Cydip.graph("shapes");

    private final QueryCatalogue checks;

    private OntologyChecks(QueryCatalogue checks) {
        this.checks = checks;
    }

    /** One check's errors: its name ({@code undefined-term}), what it checks, one line per row. */
    public record Failure(String check, String summary, List<String> rows) {}

    /** Reads and parses the checks of {@code project}; a bad file is a {@link QueryException} naming it. */
    public static OntologyChecks load(ProjectFiles project) {
        return new OntologyChecks(QueryCatalogue.load(project, project.checkFiles()));
    }

    /** The names of the checks, in file order. */
    public List<String> names() {
        return checks.all().stream().map(CannedQuery::name).toList();
    }

    /** The graphs of {@code loaded}, its shapes and {@code more} (by graph name) as one dataset to check. */
    public static DatasetGraph dataset(LoadedGraph loaded, Map<Node, Graph> more) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        loaded.graphs().forEach(dsg::addGraph);
        dsg.addGraph(SHAPES_GRAPH, loaded.shapes());
        more.forEach(dsg::addGraph);
        return dsg;
    }

    /** Runs every check on {@code dsg}; the failures only, rows written with {@code prefixes}. */
    public List<Failure> run(DatasetGraph dsg, PrefixMapping prefixes) {
        List<Failure> failures = new ArrayList<>();
        for (CannedQuery c : checks.all()) {
            List<String> rows = rows(dsg, c, prefixes);
            if (!rows.isEmpty())
                failures.add(new Failure(c.name(), c.header().summary(), rows));
        }
        return failures;
    }

    private static List<String> rows(DatasetGraph dsg, CannedQuery check, PrefixMapping prefixes) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(dsg, () -> QueryExec.dataset(dsg).query(check.query()).select().forEachRemaining(b -> {
            StringBuilder line = new StringBuilder();
            for (var v : check.query().getProjectVars())
                if (b.contains(v))
                    line.append(line.isEmpty() ? "" : "  ").append(v.getVarName()).append(' ')
                        .append(FmtUtils.stringForNode(b.get(v), prefixes));
            rows.add(line.toString());
        }));
        return rows;
    }
}
