package org.w3id.cydip.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code source} cell into the documents it cites.
 *
 * <ul>
 * <li>The cell is split on the exact separator {@code " | "}.</li>
 * <li>Each part is split again on a semicolon followed by white space, outside
 * parentheses, brackets and quotes; a semicolon inside a URL (no space after it)
 * never splits.</li>
 * <li>Every reference outside parentheses and brackets (a URL, {@code github:owner/repo:path@commit}
 * or {@code name@version:file}) is one source, cited by its segment's text.</li>
 * <li>A segment without a reference is an annotation of the segment before it;
 * at the start of a part it is a source of its own, known only by its text.</li>
 * </ul>
 */
public final class SourceCell {
    /** A cited document: its key (URL, reference or text), whether the key is a URL, and the cell's text for it. */
    public record Citation(String key, boolean isUrl, String text) {}

    private static final Pattern REF = Pattern.compile(
            "(?<![\\S])(https?://\\S+|github:\\S+|[A-Za-z0-9_.-]+@[0-9][\\w.]*:\\S+)");

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private SourceCell() {}

    public static List<Citation> parse(String cell) {
        List<Citation> out = new ArrayList<>();
        for (String part : cell.split(" \\| ")) {
            List<String> segments = mergeAnnotations(segments(part));
            for (String s : segments)
                out.addAll(citations(s));
        }
        return out;
    }

    private static List<Citation> citations(String segment) {
        List<Citation> out = new ArrayList<>();
        Matcher m = REF.matcher(outsideBrackets(segment));
        while (m.find()) {
            Matcher whole = TOKEN.matcher(segment).region(m.start(1), segment.length());
            String ref = trimRef(whole.lookingAt() ? whole.group() : m.group(1));
            out.add(new Citation(ref, ref.startsWith("http"), segment));
        }
        if (out.isEmpty())
            out.add(new Citation(segment, false, segment));
        return out;
    }

    /** Does {@code text} hold a reference outside brackets? */
    static boolean hasReference(String text) {
        return REF.matcher(outsideBrackets(text)).find();
    }

    private static List<String> mergeAnnotations(List<String> segments) {
        List<String> merged = new ArrayList<>();
        for (String s : segments) {
            boolean hasRef = hasReference(s);
            if (!hasRef && !merged.isEmpty())
                merged.set(merged.size() - 1, merged.getLast() + "; " + s);
            else
                merged.add(s);
        }
        return merged;
    }

    /** Splits on ";" followed by white space, outside (), [] and "". */
    static List<String> segments(String part) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (c == '"') quoted = !quoted;
            else if (c == ';' && depth == 0 && !quoted && i + 1 < part.length()
                    && Character.isWhitespace(part.charAt(i + 1))) {
                add(out, part.substring(start, i));
                start = i + 1;
            }
        }
        add(out, part.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank())
            out.add(s.strip());
    }

    /** The text with everything inside (), [] replaced by spaces, so offsets stay the same. */
    static String outsideBrackets(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (char c : s.toCharArray()) {
            boolean open = c == '(' || c == '[';
            boolean close = (c == ')' || c == ']') && depth > 0;
            if (open) depth++;
            b.append(depth == 0 && !close ? c : ' ');
            if (close) depth--;
        }
        return b.toString();
    }

    /** Drops trailing punctuation and unbalanced closing brackets that are not part of the reference. */
    static String trimRef(String ref) {
        String r = ref;
        while (!r.isEmpty()) {
            char last = r.charAt(r.length() - 1);
            boolean unbalanced = (last == ')' && count(r, '(') < count(r, ')'))
                    || (last == ']' && count(r, '[') < count(r, ']'));
            if (!unbalanced && ".,;:\"'".indexOf(last) < 0)
                break;
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
