package org.w3id.cydip.web;

import java.util.Map;

/** The HTML answer to a request that failed: the status, what went wrong, and the search box. */
final class ErrorPage {
    private ErrorPage() {}

    static String render(PageContext ctx, int status, String message, String requestId) {
        Map<String, Object> m = ctx.model("error");
        var msg = ctx.templates().messages(ctx.lang());
        m.put("status", status);
        m.put("heading", msg.getOrDefault("status" + status, msg.get("statusOther")));
        m.put("message", message);
        m.put("requestId", requestId);
        m.put("guess", guess(ctx.request().documentPath()));
        return ctx.render("error", m);
    }

    /** Something to search for: the last segment of the path asked for ({@code ATL} for {@code /id/state/ATL}). */
    static String guess(String path) {
        String tail = path.replaceFirst("/+$", "");
        tail = tail.substring(tail.lastIndexOf('/') + 1).replaceFirst("\\.[a-z]+$", "");
        return tail.replace('-', ' ').replace('_', ' ');
    }
}
