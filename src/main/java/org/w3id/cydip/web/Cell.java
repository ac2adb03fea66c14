package org.w3id.cydip.web;

/**
 * One value as a page shows it: a label (for an IRI) or the literal's text, with
 * its language and direction, a link where there is one, and the raw value (the
 * IRI or lexical form) for data attributes.
 */
public record Cell(String text, String lang, String dir, boolean fallback, String href, String raw) {
    public boolean isLink() {
        return href != null;
    }
}
