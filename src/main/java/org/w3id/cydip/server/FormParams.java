package org.w3id.cydip.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.TextBytes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Parameters in {@code application/x-www-form-urlencoded} form (a query string or
 * a form body), decoded strictly: a bad percent escape or bytes that are not UTF-8
 * are a {@link RequestException.Malformed} naming the parameter, never replaced.
 */
final class FormParams {
    private FormParams() {}

    /** The request attribute under which {@link QueryStringFilter} leaves the query string's parameters. */
    static final String QUERY_STRING = FormParams.class.getName() + ".queryString";

    /**
     * The parameters of {@code req}'s query string, in order, as a new map with new lists:
     * parsed once per request ({@link QueryStringFilter} keeps them), here or by the filter.
     */
    static Map<String, List<String>> ofQueryString(HttpServletRequest req) {
        Object kept = req.getAttribute(QUERY_STRING);
        Map<String, List<String>> parsed = kept instanceof Parsed p && Objects.equals(p.encoded(), req.getQueryString())
                ? p.params() : parse(req.getQueryString(), "query string");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parsed.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    /** Parses {@code req}'s query string and keeps the parameters with the request for {@link #ofQueryString}. */
    static void keep(HttpServletRequest req) {
        String encoded = req.getQueryString();
        req.setAttribute(QUERY_STRING, new Parsed(encoded, parse(encoded, "query string")));
    }

    /** A query string and its parameters. */
    private record Parsed(String encoded, Map<String, List<String>> params) {}

    /** The parameters of {@code encoded} (null: none), in order; {@code where} names it in errors. */
    static Map<String, List<String>> parse(String encoded, String where) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty())
            return params;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty())
                continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), where + " parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), where + " parameter " + name);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String s, String what) {
        if (s.chars().allMatch(c -> c < 0x80 && c != '%' && c != '+'))
            return s;   // nothing to decode, and ASCII is UTF-8
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+')
                bytes.write(' ');
            else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
                if (lo < 0)
                    throw new RequestException.Malformed(what + ": bad percent escape at character " + i);
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80)
                bytes.write(c);
            else
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        try {
            return TextBytes.utf8(bytes.toByteArray(), what);
        } catch (LoadException e) {
            throw new RequestException.Malformed(e.getMessage());
        }
    }
}
