package org.w3id.cydip.publish;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The representations a linked-data resource is offered in, in order of preference
 * when the client does not mind, and the file extension naming each one's document.
 */
public enum Representation {
    turtle("text/turtle", "ttl", Lang.TURTLE),
    jsonld("application/ld+json", "jsonld", Lang.JSONLD),
    ntriples("application/n-triples", "nt", Lang.NTRIPLES),
    rdfxml("application/rdf+xml", "rdf", Lang.RDFXML),
    html("text/html", "html", null);

    public final String mediaType;
    public final String extension;
    /** The RDF syntax, or null for the HTML page. */
    public final Lang lang;

    Representation(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    /** Plain JSON, offered as JSON-LD (a JSON-LD document is JSON). */
    private static final String JSON = "application/json";
    private static final AcceptList OFFER = AcceptList.create(java.util.stream.Stream.concat(
            Arrays.stream(values()).map(r -> r.mediaType), java.util.stream.Stream.of(JSON)).toArray(String[]::new));

    /**
     * The representation the {@code Accept} header asks for; Turtle when there is
     * no header or it accepts anything; empty when it accepts none of them (406).
     */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank())
            return Optional.of(turtle);
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null)
            return Optional.empty();
        if (JSON.equals(chosen.getContentTypeStr()))
            return Optional.of(jsonld);
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The representation a document URL's extension names ({@code ttl}, {@code html}, ...), if any. */
    public static Optional<Representation> ofExtension(String ext) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(ext)).findFirst();
    }

    public boolean isRdf() {
        return lang != null;
    }
}
