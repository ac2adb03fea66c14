package org.w3id.cydip.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What a citation's own words say of the document: its title and its date. Nothing
 * is guessed; a citation whose words do not say it gives none.
 *
 * <ul>
 * <li><b>Title of a reference</b> (a URL, {@code github:...}, {@code name@version:file}): the
 * words before the reference, when they begin with a capital letter and do not end with
 * a colon ({@code UN Digital Library voting record https://...}). Lower-case words
 * ({@code cross-checked ...}, {@code reported: ...}) and labels ({@code date:},
 * {@code sponsor:}) say what the source backs, not what it is called; words after the
 * reference or in brackets are annotations.</li>
 * <li><b>Title of a citation without a reference</b>: its text up to the first
 * {@code ": "} outside brackets ({@code UN Treaty Collection, chapter XVIII-16}); what
 * follows the colon is what the document says.</li>
 * <li><b>Date</b>: a bracket holding only a date ({@code https://mattdotvu.blog (15 Jun 2025)},
 * {@code (Jul 2025)}), or a date closing a citation without a reference
 * ({@code The Rio Times, 11 Dec 2019}, {@code digi.no (Justice Ministry press release, 11 Jan 2002)}),
 * as xsd:date or xsd:gYearMonth. Dates inside other words (a deposit "on 3 March 2010")
 * are facts the document reports, not its date.</li>
 * </ul>
 */
final class SourceTitle {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
    private static final String DATE = "(?:(\\d{1,2}) )?" + MONTH + " (\\d{4})";
    private static final Pattern BRACKETED_DATE = Pattern.compile("\\(" + DATE + "\\)");
    private static final Pattern CLOSING_DATE = Pattern.compile(", " + DATE + "\\)?$");

    private SourceTitle() {}

    /** The title the citation {@code text} gives the document of {@code key}, if its words give one. */
    static Optional<String> of(String key, String text, boolean isReference) {
        if (!isReference)
            return nonBlank(beforeColon(text));
        int at = text.indexOf(key);
        if (at <= 0)
            return Optional.empty();
        String lead = text.substring(0, at).strip();
        boolean titled = Character.isUpperCase(lead.codePointAt(0)) && !lead.endsWith(":")
                && !SourceCell.hasReference(lead);
        return titled ? Optional.of(lead) : Optional.empty();
    }

    /** The document's date as the citation {@code text} gives it, if it gives one where a date of the document stands. */
    static Optional<Node> date(String text, boolean isReference) {
        Matcher m = BRACKETED_DATE.matcher(text);
        if (m.find())
            return literal(m);
        if (!isReference) {
            Matcher c = CLOSING_DATE.matcher(text);
            if (c.find())
                return literal(c);
        }
        return Optional.empty();
    }

    private static Optional<Node> literal(Matcher m) {
        int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        String ym = m.group(3) + "-" + (month < 10 ? "0" : "") + month;
        if (m.group(1) == null)
            return Optional.of(NodeFactory.createLiteralDT(ym, XSDDatatype.XSDgYearMonth));
        int day = Integer.parseInt(m.group(1));
        String ymd = ym + "-" + (day < 10 ? "0" : "") + day;
        try {
            java.time.LocalDate.parse(ymd);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createLiteralDT(ymd, XSDDatatype.XSDdate));
    }

    /** The text up to the first ": " outside brackets. */
    private static String beforeColon(String text) {
        int at = SourceCell.outsideBrackets(text).indexOf(": ");
        return (at < 0 ? text : text.substring(0, at)).strip();
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static Map<String, Integer> months() {
        String[] names = { "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december" };
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
