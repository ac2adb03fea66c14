import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;

/**
 * Prints every canned query of a project as the one SPARQL text that all peers of
 * bench/side-by-side.sh run: its defaults (or NAME.PARAM=VALUE arguments) bound by
 * cydip's own parameter binding, as RDF terms, then written out by Jena. One
 * query per record: its name, a tab, the text with newlines as spaces. Started with
 * Java's source launcher:
 * {@code java -cp target/cydip.jar bench/BoundQueries.java PROJECT-DIR [NAME.PARAM=VALUE ...]}.
 */
public final class BoundQueries {
    private BoundQueries() {}

    public static void main(String[] args) {
        Map<String, Map<String, String>> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            String[] np = kv[0].split("\\.", 2);
            values.computeIfAbsent(np[0], k -> new HashMap<>()).put(np[1], kv[1]);
        }
        for (CannedQuery q : QueryCatalogue.load(ProjectFiles.directory(Path.of(args[0]))).all()) {
            Map<Var, Node> bound = new HashMap<>();
            q.bind(values.getOrDefault(q.name(), Map.of())).forEach(bound::put);
            String text = QueryTransformOps.replaceVars(q.query(), bound).toString();
            System.out.println(q.name() + "\t" + text.replace('\n', ' '));
        }
    }
}
