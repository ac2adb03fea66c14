package org.w3id.cydip.query;

import org.apache.jena.sparql.expr.ExprEvalException;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * SPARQL's regular expressions on RE2J, whose matching time is linear in the
 * input: no pattern can make one REGEX run for hours ({@code (.*a){14}$} on Java's
 * engine backtracks exponentially). Flags {@code i}, {@code m}, {@code s} and
 * {@code q} as in SPARQL; {@code x} and back-references are not supported (an
 * evaluation error: the row is dropped by a FILTER, unbound in a BIND).
 */
final class Re2 {
    private Re2() {}

    static Pattern compile(String label, String pattern, String flags) {
        int mask = 0;
        String p = pattern;
        if (flags != null)
            for (char c : flags.toCharArray())
                switch (c) {
                    case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                    case 'm' -> mask |= Pattern.MULTILINE;
                    case 's' -> mask |= Pattern.DOTALL;
                    case 'q' -> p = Pattern.quote(pattern);
                    default -> throw new ExprEvalException(label + ": flag '" + c + "' is not supported here");
                }
        try {
            return Pattern.compile(p, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(label + ": pattern not supported by the linear-time engine: " + e.getMessage());
        }
    }
}
