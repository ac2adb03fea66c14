package org.w3id.cydip.curate;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cydip.vocab.Cydip;

/**
 * Which entry of the change log a dataset holds last, kept in the dataset itself:
 * two triples in the graph {@code https://w3id.org/cydip/graph/version} about the
 * dataset ({@code <https://w3id.org/cydip/.well-known/void#cydip>}), its
 * {@code dcat:version} (the patch id) and {@code dcterms:modified} (when that entry
 * was accepted). They are written in the entry's own transaction, on the primary
 * and on every replica, so the data and the record of what it holds never part;
 * and, being data, they travel in the dumps and are read by the VoID description.
 */
public final class ChangeHead {
    /** The graph that holds the two triples. */
    public static final Node GRAPH = Cydip.graph("version");
    /** The dataset as VoID names it (publish's {@code SelfDescription.DATASET}). */
    public static final Node DATASET = NodeFactory.createURI("https://w3id.org/cydip/.well-known/void#cydip");
    static final Node VERSION = NodeFactory.createURI(DCAT.NS + "version");
    static final Node MODIFIED = DCTerms.modified.asNode();

    private ChangeHead() {}

    /** The last change a dataset holds. */
    public record Head(String id, Instant time) {}

    /** The last change {@code dsg} holds, if any (in the caller's transaction, or a read of its own). */
    public static Optional<Head> read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            var versions = Iter.toList(dsg.find(GRAPH, DATASET, VERSION, Node.ANY));
            if (versions.isEmpty())
                return Optional.<Head>empty();
            if (versions.size() > 1)
                throw new CurateException(GRAPH.getURI() + " names " + versions.size() + " versions of the dataset; it must name one");
            var modified = Iter.toList(dsg.find(GRAPH, DATASET, MODIFIED, Node.ANY));
            Instant time = modified.isEmpty() ? null : Change.instant(modified.get(0).getObject());
            return Optional.of(new Head(versions.get(0).getObject().getLiteralLexicalForm(), time));
        });
    }

    /** The id of the last change {@code dsg} holds, or null for none. */
    public static String id(DatasetGraph dsg) {
        return read(dsg).map(Head::id).orElse(null);
    }

    /** Records that {@code dsg} now holds change {@code id}; call it inside the write transaction that applies it. */
    public static void write(DatasetGraph dsg, String id, Instant time) {
        dsg.deleteAny(GRAPH, DATASET, Node.ANY, Node.ANY);
        dsg.add(GRAPH, DATASET, VERSION, NodeFactory.createLiteralString(id));
        if (time != null)
            dsg.add(GRAPH, DATASET, MODIFIED, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
    }
}
