package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.publish.Description;
import org.w3id.cydip.publish.Representation;

/**
 * What every resource page shows: its types, its label in the reader's language,
 * its IRI, links to its RDF documents, and what points at it.
 */
final class ResourceModel {
    /** One RDF document of the resource. */
    record Format(String name, String type, String href) {}

    private ResourceModel() {}

    static Map<String, Object> base(PageContext ctx, Description d, String kind) {
        Map<String, Object> m = ctx.model(kind);
        Node focus = d.focus();
        Cells cells = ctx.cells();
        m.put("title", ctx.snapshot().labels.label(focus, ctx.lang()));
        m.put("types", d.graph().find(focus, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .mapWith(cells::of).toList());
        m.put("iri", focus.getURI());
        m.put("formats", formats(ctx.request().documentPath()));
        Binding self = self(focus);
        m.put("inbound", Inbound.groups(ctx, self));
        m.put("inboundQuery", QueryView.of(Inbound.QUERY, self));
        return m;
    }

    /**
     * The resource's own facts: those for {@code key}, in that order, as
     * {@code keyFacts}, and the rest as {@code otherFacts}.
     */
    static Facts facts(Map<String, Object> m, PageContext ctx, Description d, List<Node> key) {
        Facts facts = Facts.of(d.graph(), d.focus(), ctx.cells());
        m.put("keyFacts", facts.pick(key));
        m.put("otherFacts", facts.rest(key));
        return facts;
    }

    /** The binding of a page query's {@code ?this} to the resource. */
    static Binding self(Node focus) {
        return PageQuery.binding(Map.of("this", focus));
    }

    static List<Format> formats(String documentPath) {
        List<Format> out = new ArrayList<>();
        for (Representation r : Representation.RESOURCES)
            if (r.isRdf())
                out.add(new Format(r.lang.getLabel(), r.mediaType, documentPath + "." + r.extension));
        return out;
    }
}
