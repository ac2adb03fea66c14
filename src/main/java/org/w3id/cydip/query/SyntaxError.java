package org.w3id.cydip.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL syntax error as a person reads it: {@code file:line:col: what}, the
 * offending line and a caret under the column, instead of the parser's token list
 * (which names the wrong column: the end of the token before).
 */
final class SyntaxError {
    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern PREFIX_AT = Pattern.compile("^Line (\\d+), column (\\d+): ");
    /** JavaCC's {@code Encountered " KIND "IMAGE "" at line}, KIND a {@code <NAME>} or a quoted literal; or {@code "<EOF>"}. */
    private static final Pattern ENCOUNTERED = Pattern.compile(
            "Encountered (?:\" (?:<\\w+>|\"(?:[^\"\\\\]|\\\\.)*\") \"(.*?) \"\"|\"(<EOF>)\") at line");
    private static final int MAX_EXPECTED = 6;

    private SyntaxError() {}

    /** The error {@code e} in {@code text}, the query called {@code name}. */
    static QueryException of(String name, String text, QueryParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        long line = e.getLine();
        long column = e.getColumn();
        Matcher at = AT.matcher(message);
        if (at.find()) {
            line = Long.parseLong(at.group(1));
            column = Long.parseLong(at.group(2));
        }
        String where = line > 0 ? name + ":" + line + ":" + column + ": " : name + ": ";
        return new QueryException(where + what(message) + excerpt(text, line, column), e);
    }

    /** What went wrong, in one line: the unexpected token and, when they are few, what was expected. */
    static String what(String message) {
        String first = PREFIX_AT.matcher(message.lines().findFirst().orElse("")).replaceFirst("");
        Matcher m = ENCOUNTERED.matcher(first);
        if (!m.find())
            return AT.matcher(first).replaceFirst("").replaceAll("\\s*\\.?\\s*$", "").strip();
        String token = m.group(1) != null ? m.group(1).strip() : m.group(2);
        String what = token.equals("<EOF>") || token.isEmpty() ? "unexpected end of query" : "unexpected \"" + token + "\"";
        List<String> expected = expected(message);
        return expected.isEmpty() || expected.size() > MAX_EXPECTED ? what
                : what + "; expected " + String.join(" or ", expected);
    }

    private static List<String> expected(String message) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : message.lines().toList()) {
            if (l.startsWith("Was expecting"))
                in = true;
            else if (in && !l.isBlank())
                out.add(l.strip().replaceFirst("\\s*\\.\\.\\.$", ""));
        }
        return out;
    }

    /** The line {@code line} of {@code text} and a caret under {@code column} (tabs kept, so it lines up). */
    static String excerpt(String text, long line, long column) {
        List<String> lines = text.lines().toList();
        if (line < 1 || line > lines.size())
            return "";
        String l = lines.get((int) line - 1);
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1 && i < l.length(); i++)
            caret.append(l.charAt(i) == '\t' ? '\t' : ' ');
        return "\n" + l + "\n" + caret + "^";
    }
}
