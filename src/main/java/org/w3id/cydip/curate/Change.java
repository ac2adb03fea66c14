package org.w3id.cydip.curate;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.vocab.Cydip;

/**
 * One accepted entry as it goes into the change log: who, when, and the triples
 * it added to the curated graph. Stored as an RDF Patch whose header carries
 * {@code id}, {@code prev}, {@code curator} and {@code time} ({@link SealedPatch});
 * the patch holds every quad the entry's transaction changed, the curated triples
 * and whatever the transaction derived from them.
 *
 * @param id the digest of its sealed patch ({@link SealedPatch#digest()}), or, before
 *           it is logged and for logs kept in memory, a UUID
 */
public record Change(String id, String curator, Instant time, Graph added) {
    /** The named graph that accepted entries go into. */
    public static final Node GRAPH = Cydip.graph("curated");
    static final String CURATOR = "curator";
    static final String TIME = "time";

    public static Change of(String curator, Graph added) {
        return new Change(UUID.randomUUID().toString(), curator, Instant.now(), added);
    }

    /** The same entry under the id the log gave it. */
    Change withId(String logged) {
        return new Change(logged, curator, time, added);
    }

    /** Plays the added triples, as quads of the curated graph, into {@code changes}. */
    void addTo(RDFChanges changes) {
        added.find().forEachRemaining(t -> changes.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * The change a patch of the log records: its curated triples (quads of other
     * graphs, such as a derived closure, are not the entry's own). Reads sealed
     * patches and those written before patches were sealed ({@code H id <uuid:...>}).
     */
    public static Change fromPatch(RDFPatch patch) {
        Graph g = GraphFactory.createDefaultGraph();
        patch.apply(new RDFChangesBase() {
            @Override
            public void add(Node gn, Node s, Node p, Node o) {
                if (GRAPH.equals(gn))
                    g.add(s, p, o);
            }
        });
        String id = patch.getId().getURI();
        String digest = SealedPatch.digestOf(id);
        String curator = patch.getHeader(CURATOR).getLiteralLexicalForm();
        return new Change(digest != null ? digest : id.replaceFirst("^uuid:", ""), curator, instant(patch.getHeader(TIME)), g);
    }

    /** The instant of a {@code time} header, or null when it is missing or malformed. */
    static Instant instant(Node time) {
        if (time == null || !time.isLiteral())
            return null;
        try {
            return Instant.parse(time.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
