package org.w3id.cydip.publish;

/** HTML escaping and safe links: every string that reaches a page goes through here. */
public final class Html {
    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

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

    /** An anchor to {@code iri} showing {@code text}, or the bare text when the IRI is not linkable. */
    public static String link(String iri, String text) {
        String h = href(iri);
        return h == null ? escape(text) : "<a href=\"" + escape(h) + "\">" + escape(text) + "</a>";
    }
}
