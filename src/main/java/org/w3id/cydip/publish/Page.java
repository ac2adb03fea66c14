package org.w3id.cydip.publish;

/**
 * One negotiated answer, already serialised: a graph in an RDF syntax or an HTML
 * page. Bodies are kept by {@link RenderCache} and sent as they are.
 */
public record Page(Representation representation, byte[] body) {
    public String contentType() {
        String t = representation.mediaType;
        return t.startsWith("text/") || t.equals("application/ld+json") ? t + "; charset=utf-8" : t;
    }
}
