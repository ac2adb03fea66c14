package org.w3id.cydip.publish;

/** Where cydip's published IRIs live, and their paths on this server. */
public final class LinkedData {
    /** Every published IRI starts with this; the rest is the path on the server. */
    public static final String BASE = "https://w3id.org/cydip/";

    private LinkedData() {}

    /** The published IRI for a server path: {@code /id/state/RUS} is {@code https://w3id.org/cydip/id/state/RUS}. */
    public static String iriOf(String path) {
        return BASE + (path.startsWith("/") ? path.substring(1) : path);
    }
}
