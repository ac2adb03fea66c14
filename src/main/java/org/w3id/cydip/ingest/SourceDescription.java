package org.w3id.cydip.ingest;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * What the graph says of one source document: a readable {@code rdfs:label} (its
 * title where the citation gives one, else {@link SourceLabel}'s description), its
 * {@code dcterms:title} and {@code dcterms:date} only where the citation's words give
 * them ({@link SourceTitle}), its publisher and kind from {@link Publishers}, its URL and
 * the cell texts that cite it. The project's own notes and tables ({@link InternalSource})
 * are described without their file names.
 */
final class SourceDescription {
    private final Publishers publishers;
    private final InternalSource internal;

    SourceDescription(Publishers publishers, InternalSource internal) {
        this.publishers = publishers;
        this.internal = internal;
    }

    void write(Facts.Subject s, Sources.Doc d) {
        s.a(Cydip.SourceDocument);
        if (InternalSource.is(d.key())) {
            internal.write(s, d.key());
            return;
        }
        boolean reference = SourceCell.hasReference(d.key());
        Optional<String> title = unique(d, t -> SourceTitle.of(d.key(), t, reference));
        Optional<Node> date = unique(d, t -> SourceTitle.date(t, reference));
        Optional<Publishers.Publisher> publisher = publishers.of(d.key());
        Optional<String> name = publisher.map(Publishers.Publisher::name).filter(n -> !n.isBlank());
        s.en(Terms.LABEL, title.orElseGet(() -> SourceLabel.of(d.key(), name)));
        title.ifPresent(t -> s.en(Terms.TITLE, t));
        date.ifPresent(v -> s.add(Terms.DC_DATE, v));
        publisher.ifPresent(p -> s.add(Terms.PUBLISHER, p.node()).add(Cydip.sourceKind, p.kind()));
        if (d.isUrl())
            s.typed(Cydip.url, d.key(), XSDDatatype.XSDanyURI);
        d.texts().forEach(t -> s.str(Cydip.citation, t));
    }

    /** The one value the citing texts give, or none when they give none or disagree. */
    private static <T> Optional<T> unique(Sources.Doc d, Function<String, Optional<T>> read) {
        Set<T> found = new java.util.LinkedHashSet<>();
        for (String t : new TreeSet<>(d.texts()))
            read.apply(t).ifPresent(found::add);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
