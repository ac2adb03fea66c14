package org.w3id.cydip.portability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How two engines' rows compare: the same multiset (and, when the query orders
 * them, the same order), the same rows in another order, or different rows.
 */
record Verdict(String kind, String detail) {
    interface Reporter {
        void report(String verdict, String name, String detail);
    }

    static Verdict of(List<String> jena, List<String> peer, boolean ordered) {
        Map<String, Integer> a = counts(jena), b = counts(peer);
        if (!a.equals(b)) {
            List<String> onlyJena = missing(a, b), onlyPeer = missing(b, a);
            return new Verdict("DIFF", "jena " + jena.size() + " rows, peer " + peer.size() + "; only jena: "
                    + head(onlyJena) + "; only peer: " + head(onlyPeer));
        }
        if (ordered && !jena.equals(peer))
            return new Verdict("ORDER", jena.size() + " rows, same multiset, order differs (ties under ORDER BY?)");
        return new Verdict("OK", jena.size() + " rows" + (ordered ? ", same order" : ""));
    }

    void print(String name, Reporter r) {
        r.report(kind, name, detail);
    }

    private static Map<String, Integer> counts(List<String> rows) {
        Map<String, Integer> m = new HashMap<>();
        rows.forEach(r -> m.merge(r, 1, Integer::sum));
        return m;
    }

    private static List<String> missing(Map<String, Integer> from, Map<String, Integer> in) {
        List<String> out = new ArrayList<>();
        from.forEach((row, n) -> {
            for (int i = in.getOrDefault(row, 0); i < n; i++)
                out.add(row);
        });
        return out;
    }

    private static String head(List<String> rows) {
        return rows.isEmpty() ? "none" : rows.size() + " e.g. " + rows.subList(0, Math.min(2, rows.size()));
    }
}
