package org.w3id.cydip.portability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.util.IsoMatcher;

/**
 * How an engine's answer compares with Jena's: {@code OK}; {@code ORDER}, the same
 * rows in another order where the query orders them (ties under ORDER BY: the
 * query's order is not total); {@code DIFF}, other rows, another ASK answer or a
 * non-isomorphic graph. Only {@code OK} passes.
 */
record Verdict(String kind, String detail) {
    boolean ok() {
        return kind.equals("OK");
    }

    static Verdict of(Answer jena, Answer peer, boolean ordered) {
        if (jena instanceof Answer.Rows a && peer instanceof Answer.Rows b)
            return rows(a.rows(), b.rows(), ordered);
        if (jena instanceof Answer.Ask a && peer instanceof Answer.Ask b)
            return new Verdict(a.yes() == b.yes() ? "OK" : "DIFF", "ASK jena=" + a.yes() + " peer=" + b.yes());
        if (jena instanceof Answer.Triples a && peer instanceof Answer.Triples b)
            return new Verdict(IsoMatcher.isomorphic(a.graph(), b.graph()) ? "OK" : "DIFF",
                    "CONSTRUCT jena=" + a.graph().size() + " peer=" + b.graph().size() + " triples");
        return new Verdict("DIFF", "answers of different kinds: " + jena + " / " + peer);
    }

    static Verdict rows(List<String> jena, List<String> peer, boolean ordered) {
        Map<String, Integer> a = counts(jena), b = counts(peer);
        if (!a.equals(b)) {
            List<String> onlyJena = missing(a, b), onlyPeer = missing(b, a);
            return new Verdict("DIFF", "jena " + jena.size() + " rows, peer " + peer.size() + "; only jena: "
                    + head(onlyJena) + "; only peer: " + head(onlyPeer));
        }
        if (ordered && !jena.equals(peer))
            return new Verdict("ORDER", jena.size() + " rows, same multiset, order differs from row "
                    + firstDifference(jena, peer) + " (ties under ORDER BY?)");
        return new Verdict("OK", jena.size() + " rows" + (ordered ? ", same order" : ""));
    }

    private static int firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (a.get(i).equals(b.get(i)))
            i++;
        return i + 1;
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
