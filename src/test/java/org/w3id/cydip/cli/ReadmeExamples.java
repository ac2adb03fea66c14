package org.w3id.cydip.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell examples of a README that are marked to be run: each code block right
 * after a line {@code <!-- tested -->}. In an {@code sh} block every command is an
 * example; in a {@code console} block each {@code $ } line is, with the lines after
 * it as its expected output.
 */
record ReadmeExamples(List<Example> examples) {
    static final String MARK = "<!-- tested -->";

    /** One command (continuation lines and quoted newlines joined, comment cut), where it starts, what it prints. */
    record Example(int line, String command, String expected) {
        @Override
        public String toString() {
            return "README.md:" + line + ": " + command;
        }
    }

    static ReadmeExamples parse(String readme) {
        List<String> lines = readme.lines().toList();
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(MARK) || i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```"))
                continue;
            boolean console = lines.get(i + 1).equals("```console");
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).startsWith("```"))
                end++;
            out.addAll(console ? console(lines, i + 2, end) : shell(lines, i + 2, end));
            i = end;
        }
        return new ReadmeExamples(out);
    }

    private static List<Example> shell(List<String> lines, int from, int to) {
        List<Example> out = new ArrayList<>();
        StringBuilder cmd = new StringBuilder();
        int start = from;
        for (int i = from; i < to; i++) {
            if (cmd.isEmpty()) {
                if (lines.get(i).isBlank())
                    continue;
                start = i;
            }
            cmd.append(lines.get(i)).append('\n');
            if (complete(cmd)) {
                out.add(new Example(start + 1, withoutComment(cmd.toString()).strip(), null));
                cmd.setLength(0);
            }
        }
        return out;
    }

    private static List<Example> console(List<String> lines, int from, int to) {
        List<Example> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!lines.get(i).startsWith("$ "))
                continue;
            int j = i + 1;
            while (j < to && !lines.get(j).startsWith("$ "))
                j++;
            out.add(new Example(i + 1, lines.get(i).substring(2).strip(), String.join("\n", lines.subList(i + 1, j)).strip()));
            i = j - 1;
        }
        return out;
    }

    /** Quotes closed and no trailing backslash. */
    private static boolean complete(CharSequence cmd) {
        String s = cmd.toString();
        return quoteAt(s, s.length()) == 0 && !s.stripTrailing().endsWith("\\");
    }

    /** The quote open at {@code end} ({@code '} or {@code "}), or 0. */
    private static char quoteAt(String s, int end) {
        char q = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (q == 0 && (c == '\'' || c == '"'))
                q = c;
            else if (c == q)
                q = 0;
        }
        return q;
    }

    /** The command without its trailing {@code # comment} (a {@code #} after a blank, outside quotes). */
    static String withoutComment(String cmd) {
        for (int i = 1; i < cmd.length(); i++)
            if (cmd.charAt(i) == '#' && Character.isWhitespace(cmd.charAt(i - 1)) && quoteAt(cmd, i) == 0)
                return cmd.substring(0, i);
        return cmd;
    }

    /** The words of a one-line command, as a shell splits them (quotes removed). */
    static List<String> words(String cmd) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char q = 0;
        boolean inWord = false;
        for (char c : cmd.toCharArray()) {
            if (q == 0 && Character.isWhitespace(c)) {
                if (inWord)
                    words.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if (q == 0 && (c == '\'' || c == '"')) {
                q = c;
                inWord = true;
            } else if (c == q) {
                q = 0;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord)
            words.add(w.toString());
        return words;
    }
}
