package org.w3id.cydip.portability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.Operation;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/**
 * RDF4J's in-memory store in this JVM, filled with the dataset's named graphs
 * (written by Jena as TriG, read by RDF4J's parser) and, in RDF4J's null context,
 * their union as one graph. Every query is asked with that null context as its
 * default graph and the named graphs as its named graphs: RDF4J's own default
 * (every statement of every context) repeats a triple once per graph that holds
 * it, where SPARQL's default graph, and cydip's, is a set.
 */
final class Rdf4jEngine implements Engine {
    static {
        // RDF4J 5.3 checks its own query trees after each optimiser when Java assertions are
        // on (as in tests), and its ConstantOptimizer fails that check on a COALESCE with a
        // folded argument (bench/portability-engine-bugs/rdf4j-coalesce-of-folded-constant.rq);
        // the answers are right. Off for RDF4J's classes only, before any is loaded.
        Rdf4jEngine.class.getClassLoader().setPackageAssertionStatus("org.eclipse.rdf4j", false);
    }

    private final SailRepository repo = new SailRepository(new MemoryStore());
    private final SimpleDataset dataset = new SimpleDataset();

    Rdf4jEngine(DatasetGraph dsg) {
        ByteArrayOutputStream trig = new ByteArrayOutputStream(), union = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> {
            RDFDataMgr.write(trig, dsg, RDFFormat.TRIG_BLOCKS);
            RDFDataMgr.write(union, dsg.getDefaultGraph(), RDFFormat.NTRIPLES);
        });
        try (RepositoryConnection conn = repo.getConnection()) {
            conn.add(new ByteArrayInputStream(trig.toByteArray()), "", org.eclipse.rdf4j.rio.RDFFormat.TRIG);
            conn.getContextIDs().forEach(g -> dataset.addNamedGraph((IRI) g));
            conn.add(new ByteArrayInputStream(union.toByteArray()), "", org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataset.addDefaultGraph(RDF4J.NIL);
    }

    @Override
    public String name() {
        return "rdf4j";
    }

    @Override
    public Answer answer(Case c) {
        try (RepositoryConnection conn = repo.getConnection()) {
            if (c.query().isSelectType()) {
                var q = timed(conn.prepareTupleQuery(c.text()));
                try (TupleQueryResult r = q.evaluate()) {
                    return new Answer.Rows(Normalised.rows(bindings(r).iterator(), c.concatenated()));
                }
            }
            if (c.query().isAskType())
                return new Answer.Ask(timed(conn.prepareBooleanQuery(c.text())).evaluate());
            try (GraphQueryResult r = timed(conn.prepareGraphQuery(c.text())).evaluate()) {
                Graph g = GraphFactory.createDefaultGraph();
                for (Statement s : r)
                    g.add(node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
                return new Answer.Triples(g);
            }
        }
    }

    private <T extends Operation> T timed(T op) {
        op.setDataset(dataset);
        op.setMaxExecutionTime((int) PortabilityCheck.PEER_TIMEOUT_SECONDS);
        return op;
    }

    private static List<Binding> bindings(TupleQueryResult r) {
        List<Binding> out = new ArrayList<>();
        for (BindingSet bs : r) {
            BindingBuilder b = BindingBuilder.create();
            bs.forEach(v -> b.add(Var.alloc(v.getName()), node(v.getValue())));
            out.add(b.build());
        }
        return out;
    }

    /** The Jena term for an RDF4J value. */
    static Node node(Value v) {
        if (v.isIRI())
            return NodeFactory.createURI(v.stringValue());
        if (v.isBNode())
            return NodeFactory.createBlankNode(v.stringValue());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent())
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    @Override
    public void close() {
        repo.shutDown();
    }
}
