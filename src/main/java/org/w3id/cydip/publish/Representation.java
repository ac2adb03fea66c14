package org.w3id.cydip.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The forms cydip publishes RDF in: the representations a linked-data resource
 * is offered in ({@link #RESOURCES}, in order of preference when the client does
 * not mind, each with the file extension naming its document), and the syntaxes
 * of whole-graph dumps ({@link #isRdf() every RDF one}; those that keep named
 * graphs, {@link #quads}, hold the graphs by kind).
 */
public enum Representation {
    turtle("text/turtle", "ttl", Lang.TURTLE),
    jsonld("application/ld+json", "jsonld", Lang.JSONLD),
    ntriples("application/n-triples", "nt", Lang.NTRIPLES),
    rdfxml("application/rdf+xml", "rdf", Lang.RDFXML),
    html("text/html", "html", null),
    nquads("application/n-quads", "nq", Lang.NQUADS),
    trig("application/trig", "trig", Lang.TRIG);

    public final String mediaType;
    public final String extension;
    /** The RDF syntax, or null for the HTML page. */
    public final Lang lang;
    /** Whether the syntax keeps named graphs: a dump in it holds the graphs by kind, not their union. */
    public final boolean quads;

    Representation(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.quads = lang != null && RDFLanguages.isQuads(lang);
    }

    /** What a resource's description is offered in: the graph syntaxes and the HTML page. */
    public static final List<Representation> RESOURCES = Arrays.stream(values())
            .filter(r -> r.lang == null || RDFLanguages.isTriples(r.lang)).toList();

    /** Plain JSON, offered as JSON-LD (a JSON-LD document is JSON). */
    private static final String JSON = "application/json";
    private static final AcceptList OFFER = AcceptList.create(java.util.stream.Stream.concat(
            RESOURCES.stream().map(r -> r.mediaType), java.util.stream.Stream.of(JSON)).toArray(String[]::new));

    /**
     * The representation of a resource the {@code Accept} header asks for; Turtle
     * when there is no header or it accepts anything; JSON-LD for
     * {@code application/json}; empty when it accepts none of them (406).
     */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank())
            return Optional.of(turtle);
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null)
            return Optional.empty();
        if (JSON.equals(chosen.getContentTypeStr()))
            return Optional.of(jsonld);
        return RESOURCES.stream().filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The representation a resource document URL's extension names ({@code ttl}, {@code html}, ...), if any. */
    public static Optional<Representation> ofExtension(String ext) {
        return RESOURCES.stream().filter(r -> r.extension.equals(ext)).findFirst();
    }

    public boolean isRdf() {
        return lang != null;
    }
}
