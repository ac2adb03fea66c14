package org.w3id.cydip.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The reader's languages, best first, from an {@code Accept-Language} header
 * ({@code fr-CH, fr;q=0.9, en;q=0.8}). English is always the last resort.
 */
public record Languages(List<String> ranges) {
    public static final Languages ENGLISH = new Languages(List.of("en"));

    public static Languages parse(String header) {
        if (header == null || header.isBlank())
            return ENGLISH;
        record Weighted(String range, double q) {}
        List<Weighted> all = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] bits = part.trim().split(";");
            String range = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q="))
                    q = parseQ(b.substring(2));
            }
            if (!range.isEmpty() && !"*".equals(range) && q > 0 && range.matches("[a-z0-9-]{1,35}"))
                all.add(new Weighted(range, q));
        }
        all.sort(Comparator.comparingDouble(Weighted::q).reversed());
        List<String> ranges = new ArrayList<>(all.stream().map(Weighted::range).toList());
        if (!ranges.contains("en"))
            ranges.add("en");
        return new Languages(List.copyOf(ranges));
    }

    private static double parseQ(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
