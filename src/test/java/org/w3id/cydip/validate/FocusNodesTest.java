package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.vocab.Cydip;

/** Every shape's focus nodes are Jena's, in Jena's order, on a view of a TDB2 store and on a graph. */
class FocusNodesTest {
    @Test
    void every_shape_s_focus_nodes_come_as_jena_finds_them_in_its_order() {
        LoadedGraph real = GraphLoader.load(TestProject.files());
        Shapes shapes = Validation.shapes(real.shapes());
        DatasetGraph dsg = Store.view(DatabaseMgr.createDatasetGraph());
        Store.fill(dsg, real);
        Txn.executeWrite(dsg, () -> {
            Graph entries = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            for (String entry : List.of("unknown-source.ttl", "vote-unknown-resolution.nt"))
                RDFDataMgr.read(entries, TestProject.ENTRIES.resolve(entry).toString());
            entries.find().forEachRemaining(t -> dsg.add(Cydip.graph("curated"), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        assertFalse(shapes.getTargetShapes().stream().noneMatch(s -> s.getTargets().stream()
                .anyMatch(t -> t.getTargetType() == TargetType.targetObjectsOf)), "the shapes have objects-of targets");
        Txn.executeRead(dsg, () -> {
            Graph view = new ValidationView(dsg);
            Graph inMemory = real.union();
            for (Shape shape : shapes.getTargetShapes()) {
                assertEquals(List.copyOf(VLib.focusNodes(dsg.getUnionGraph(), shape)), List.copyOf(FocusNodes.of(view, shape)), shape.toString());
                assertEquals(List.copyOf(VLib.focusNodes(inMemory, shape)), List.copyOf(FocusNodes.of(inMemory, shape)), shape + ", in memory");
            }
        });
    }
}
