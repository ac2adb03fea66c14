package org.w3id.cydip.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable label for a source document that its citation does not title: built
 * only from what its reference says, so that it reads as a description, never as a
 * claimed title.
 *
 * <ul>
 * <li>A URL: its publisher (from {@code curated/publishers.csv}) or else its host, then
 * the words of its last path segment ({@code -}, {@code _} and {@code +} read as
 * spaces, a file extension such as {@code .html} dropped), with the segment before it
 * when the last is a single word, and the query's words when the path has none:
 * {@code app.com.pk: sixty five countries sign un treaty to combat cybercrime globally}.</li>
 * <li>{@code github:owner/repo:path@commit}: {@code GitHub owner/repo: path (commit 916433b)}.</li>
 * <li>{@code name@version:path}: {@code npm package name 7.14.0: path}.</li>
 * <li>A citation without a reference is its own label.</li>
 * </ul>
 */
final class SourceLabel {
    private static final int MAX = 100;
    private static final Pattern GITHUB = Pattern.compile("github:([^:]+):([^@]+)(?:@(\\w+))?");
    private static final Pattern PACKAGE = Pattern.compile("([A-Za-z0-9_.-]+)@([0-9][\\w.]*):(.+)");
    private static final Pattern EXTENSION = Pattern.compile("\\.(s?html?|php\\d?|aspx?|jsp|cfm|pdf|txt)$",
            Pattern.CASE_INSENSITIVE);

    private SourceLabel() {}

    /** The label of the document known by {@code key}; {@code publisher} is the curated name of its publisher, if any. */
    static String of(String key, Optional<String> publisher) {
        Matcher g = GITHUB.matcher(key);
        if (g.matches())
            return "GitHub " + g.group(1) + ": " + g.group(2)
                    + (g.group(3) == null ? "" : " (commit " + g.group(3).substring(0, Math.min(7, g.group(3).length())) + ")");
        Matcher p = PACKAGE.matcher(key);
        if (p.matches())
            return "npm package " + p.group(1) + " " + p.group(2) + ": " + p.group(3);
        if (!key.startsWith("http"))
            return key;
        String words = shorten(pathWords(key));
        String who = publisher.orElse(host(key));
        return words.isEmpty() ? who : who + ": " + words;
    }

    /** The host of a URL, lower case, without {@code www.}, a port or a closing dot. */
    static String host(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        String host = rest.split("[/?#]", 2)[0].toLowerCase(Locale.ROOT);
        host = host.replaceFirst(":\\d+$", "").replaceFirst("\\.$", "");
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String pathWords(String url) {
        String rest = url.substring(url.indexOf("://") + 3).split("#", 2)[0];
        int slash = rest.indexOf('/');
        int question = rest.indexOf('?');
        String path = slash < 0 || (question >= 0 && question < slash) ? "" : rest.substring(slash, question < 0 ? rest.length() : question);
        String query = question < 0 ? "" : rest.substring(question + 1);
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/"))
            if (!s.isBlank())
                segments.add(words(s));
        String w = segments.isEmpty() ? "" : segments.getLast();
        if (!w.contains(" ") && segments.size() > 1)
            w = segments.get(segments.size() - 2) + " " + w;
        if (!w.contains(" ") && !query.isEmpty())
            w = (w + " " + words(query.replace('&', ' '))).strip();
        return w.strip();
    }

    private static String words(String segment) {
        String s;
        try {
            s = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            s = segment;
        }
        s = EXTENSION.matcher(s).replaceFirst("");
        return s.replaceAll("[-_+]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        if (s.length() <= MAX)
            return s;
        int cut = s.lastIndexOf(' ', MAX);
        return s.substring(0, cut > MAX / 2 ? cut : MAX) + "…";
    }
}
