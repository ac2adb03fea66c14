package org.w3id.cydip.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries that add new states, for tests that need valid entries in bulk: state
 * IRIs derived from ISO 3166-1 codes that the standard leaves to users, so that
 * they never collide with a real state and pass the state-IRI shape.
 */
public final class StateEntries {
    private StateEntries() {}

    /** The fixture's source document (the real graph's sources are others). */
    public static final String FIXTURE_SOURCE = "https://w3id.org/cydip/id/source/0000000000000001";

    /** A new state with ISO code {@code code} (three capital letters), as an entry citing the fixture's source. */
    public static String state(String code) {
        return state(code, FIXTURE_SOURCE);
    }

    /** A new state with ISO code {@code code}, as an entry citing {@code source}. */
    public static String state(String code, String source) {
        return "@prefix cydip: <https://w3id.org/cydip/ontology#> .\n"
                + "<https://w3id.org/cydip/id/state/" + code + "> a cydip:State ;\n"
                + "  <http://www.w3.org/2000/01/rdf-schema#label> \"State " + code + "\"@en ;\n"
                + "  cydip:iso3 \"" + code + "\" ;\n"
                + "  cydip:source <" + source + "> .\n";
    }

    /** One entry of {@code n} new states (at most {@link #CODES}), with codes ISO 3166 leaves to users. */
    public static String states(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++)
            sb.append(state(code(i)));
        return sb.toString();
    }

    /** The codes ISO 3166-1 leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), but XKX (Kosovo, in the graph). */
    private static final List<String> USER_CODES = userCodes();
    public static final int CODES = USER_CODES.size();

    private static List<String> userCodes() {
        List<String> out = new ArrayList<>();
        for (String two : new String[] {"AA", "QM", "QN", "QO", "QP", "QQ", "QR", "QS", "QT", "QU", "QV", "QW", "QX", "QY", "QZ", "ZZ"})
            for (char c = 'A'; c <= 'Z'; c++)
                out.add(two + c);
        for (char b = 'A'; b <= 'Z'; b++)
            for (char c = 'A'; c <= 'Z'; c++)
                if (!(b == 'K' && c == 'X'))
                    out.add("X" + b + c);
        return List.copyOf(out);
    }

    /** The {@code i}th user-assigned code. */
    public static String code(int i) {
        return USER_CODES.get(i);
    }
}
