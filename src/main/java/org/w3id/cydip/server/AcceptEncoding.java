package org.w3id.cydip.server;

import java.util.Locale;

/** Reading an {@code Accept-Encoding} header (RFC 9110, 12.5.3) for one question: may the answer be gzip? */
final class AcceptEncoding {
    private AcceptEncoding() {}

    /** True when {@code header} lists {@code gzip} (or {@code *}) with a non-zero weight, and gzip is not refused. */
    static boolean allowsGzip(String header) {
        if (header == null)
            return false;
        Boolean gzip = null;
        Boolean any = null;
        for (String part : header.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = weight(fields) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip"))
                gzip = wanted;
            else if (coding.equals("*"))
                any = wanted;
        }
        return gzip != null ? gzip : any != null && any;
    }

    private static double weight(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].strip();
            if (f.startsWith("q=") || f.startsWith("Q=")) {
                try {
                    return Double.parseDouble(f.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
