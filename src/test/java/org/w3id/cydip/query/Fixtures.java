package org.w3id.cydip.query;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.cydip.load.Inference;
import org.w3id.cydip.load.ProjectFiles;

/** The project's own queries and a tiny dataset (ontology, concepts, fixture/mini.ttl) to run them on. */
public final class Fixtures {
    private Fixtures() {}

    public static ProjectFiles project() {
        return ProjectFiles.directory(Path.of("").toAbsolutePath());
    }

    public static QueryCatalogue catalogue() {
        return QueryCatalogue.load(project());
    }

    public static DatasetGraph mini() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (String f : new String[] {"ontology/cydip.ttl", "ontology/concepts.ttl", "src/test/resources/fixture/mini.ttl"})
            RDFDataMgr.read(dsg.getDefaultGraph(), f);
        // What the loader derives (types, day bounds), as every loaded graph has it.
        Graph asserted = dsg.getDefaultGraph();
        Inference.over(asserted).derivedFrom(List.of(asserted)).find().forEachRemaining(asserted::add);
        return dsg;
    }
}
