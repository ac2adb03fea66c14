package org.w3id.cydip.web;

/**
 * A label as a page shows it.
 *
 * @param text     what to show
 * @param lang     its language tag, or null when it has none (a short form of the IRI)
 * @param fallback true when the page's language had no label and another one is shown
 */
public record Label(String text, String lang, boolean fallback) {
    /** {@code rtl} for an Arabic label, else null (the page's direction applies). */
    public String dir() {
        return lang != null && (lang.equals("ar") || lang.startsWith("ar-")) ? "rtl" : null;
    }
}
