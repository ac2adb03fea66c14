package org.w3id.cydip.validate;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.RdfFiles;

/**
 * Validates entry files together with the existing graph, so that an entry citing
 * an unknown state, instrument or source is a violation. All files are parsed
 * before anything is validated; a file that cannot be read fails the whole check.
 */
public final class EntryCheck {
    private EntryCheck() {}

    /**
     * Parses {@code files} (names as given) into one graph, as {@link RdfFiles#readEntry}
     * reads each (quads of any graph included), recording subjects' lines into {@code origins}.
     */
    public static Graph read(List<Path> files, Origins origins) {
        Graph entries = GraphFactory.createDefaultGraph();
        for (Path f : files)
            GraphUtil.addInto(entries, RdfFiles.readEntry(f, f.toString(), origins));
        return entries;
    }

    /**
     * Validates graph plus entries, incrementally: only the nodes the entries
     * touch are validated (see {@link IncrementalValidation}).
     */
    public static ValidationReport validate(LoadedGraph base, Shapes shapes, Graph entries) {
        return IncrementalValidation.validate(shapes, base.union(), entries);
    }

    /** Validates the store's graph plus {@code entries} incrementally, or, for no entries, the store's graph whole. */
    public static ValidationReport validate(ValidatedDataset data, Graph entries) {
        var dsg = data.dataset();
        if (entries.isEmpty())
            return Validation.validateWhole(data.shapes(), dsg);
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> IncrementalValidation.validate(data.shapes(), dsg.getUnionGraph(), entries));
    }
}
