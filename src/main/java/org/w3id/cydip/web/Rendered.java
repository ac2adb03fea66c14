package org.w3id.cydip.web;

import java.nio.charset.StandardCharsets;

/** A rendered HTML page and the status it is sent with. */
public record Rendered(int status, byte[] body) {
    static Rendered ok(String html) {
        return new Rendered(200, html.getBytes(StandardCharsets.UTF_8));
    }

    public static final String CONTENT_TYPE = "text/html; charset=utf-8";
}
