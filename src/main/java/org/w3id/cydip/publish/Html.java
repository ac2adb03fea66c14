package org.w3id.cydip.publish;

/** Safe links: where a page may link an IRI (templates escape everything they show). */
public final class Html {
    private Html() {}

    /**
     * Where a link to {@code iri} should go: cydip's own IRIs to this server's pages
     * (so the graph can be browsed locally), other http(s) IRIs as they are, and
     * anything else (e.g. {@code javascript:}) nowhere.
     */
    public static String href(String iri) {
        if (iri.startsWith(LinkedData.BASE))
            return "/" + iri.substring(LinkedData.BASE.length());
        if (iri.startsWith("http://") || iri.startsWith("https://"))
            return iri;
        return null;
    }
}
