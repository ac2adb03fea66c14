package org.w3id.cydip.query;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The names nearest to a misspelt one: by edit distance, within a third of its length, at most three. */
final class Nearest {
    private static final int MAX = 3;

    private Nearest() {}

    /** Up to three of {@code names} closest to {@code wanted} (case ignored), closest first; empty if none is close. */
    static List<String> to(String wanted, Stream<String> names) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        record Scored(String name, int d) {}
        return names.distinct()
                .map(n -> new Scored(n, score(distance, w, n.toLowerCase(Locale.ROOT))))
                .filter(s -> s.d() >= 0)
                .sorted(Comparator.comparingInt(Scored::d).thenComparing(Scored::name))
                .limit(MAX).map(Scored::name).toList();
    }

    /** A name that contains the wanted one counts as one edit; -1 when beyond the limit. */
    private static int score(LevenshteinDistance distance, String wanted, String name) {
        if (wanted.length() >= 3 && name.contains(wanted))
            return 1;
        return distance.apply(wanted, name);
    }

    /** {@code "; did you mean a, b or c?"}, or nothing when no name is close. */
    static String suggestion(List<String> near) {
        if (near.isEmpty())
            return "";
        String last = near.get(near.size() - 1);
        return "; did you mean " + (near.size() == 1 ? last
                : String.join(", ", near.subList(0, near.size() - 1)) + " or " + last) + "?";
    }
}
