package org.w3id.cydip.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The workbench's own URLs, with their query strings encoded. */
final class Links {
    private Links() {}

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code path} with the non-empty {@code params} as its query string. */
    static String withQuery(String path, Map<String, String> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty())
                q.add(encode(k) + "=" + encode(v));
        });
        return q.length() == 0 ? path : path + "?" + q;
    }

    /** The editor, opening {@code query} in a new tab. */
    static String editor(String query) {
        return "/sparql?query=" + encode(query);
    }

    /** The editor, opening canned query {@code name} with {@code params} written in. */
    static String example(String name, Map<String, String> params) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("example", name);
        p.putAll(params);
        return withQuery("/sparql", p);
    }

    /** A canned query's results from the API (SPARQL JSON). */
    static String api(String name, Map<String, String> params) {
        return withQuery("/api/queries/" + name, params);
    }

    /** A canned query's page in the gallery. */
    static String gallery(String name, Map<String, String> params) {
        return withQuery("/queries/" + name, params);
    }
}
