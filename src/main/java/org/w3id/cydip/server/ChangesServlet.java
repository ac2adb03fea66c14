package org.w3id.cydip.server;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.http.ByteRange;
import org.w3id.cydip.curate.PatchIndex;
import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.replicate.ChangeFeed;
import org.w3id.cydip.replicate.ReplicateException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The primary's change log, read-only, for replicas: {@code GET /changes} lists the
 * committed changes (JSON, oldest first, with the newest id; {@code after=ID},
 * {@code limit=N}), and {@code GET /changes/DIGEST} is one patch
 * ({@code application/rdf-patch}, immutable). Both carry an {@code ETag}; the list
 * answers {@code If-None-Match} with 304 and, given {@code wait=SECONDS}, holds the
 * request until a newer change is committed (a long poll); a patch answers a
 * single byte {@code Range} with 206.
 */
final class ChangesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/changes";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final transient ChangeFeed feed;

    ChangesServlet(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (path.equals(PATH) || path.equals(PATH + "/"))
                list(req, resp);
            else
                patch(path.substring(PATH.length() + 1), req, resp);
        } catch (RuntimeException e) {
            HttpErrors.send(resp, e);
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String inm = req.getHeader("If-None-Match");
        Duration wait = Duration.ofSeconds(number(req, "wait", 0, ChangeFeed.MAX_WAIT.toSeconds()));
        if (inm != null && !wait.isZero() && matches(inm, feed.etag()))
            feed.await(feed.etag(), wait);
        ChangeFeed.Page page = feed.after(req.getParameter("after"), (int) number(req, "limit", ChangeFeed.MAX_PAGE, ChangeFeed.MAX_PAGE));
        String etag = ChangeFeed.etag(page.newest());
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        if (inm != null && matches(inm, etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        JsonArray changes = new JsonArray();
        for (PatchIndex.Link l : page.changes()) {
            JsonObject c = new JsonObject();
            c.put("id", l.id());
            if (l.prev() == null)
                c.put("prev", JsonNull.instance);
            else
                c.put("prev", l.prev());
            c.put("time", String.valueOf(l.time()));
            c.put("href", PATH + "/" + l.digest());
            changes.add(c);
        }
        JsonObject body = new JsonObject();
        if (page.newest() == null)
            body.put("newest", JsonNull.instance);
        else
            body.put("newest", page.newest());
        body.put("changes", changes);
        body.put("more", !page.changes().isEmpty() && !page.changes().getLast().id().equals(page.newest()));
        HttpErrors.json(resp, 200, body.toString());
    }

    private void patch(String digest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PatchIndex.Link link = feed.patch(digest)
                .orElseThrow(() -> new ReplicateException.UnknownChange(PATH + "/" + digest + ": no such change in this log"));
        byte[] bytes = Files.readAllBytes(link.file());
        String etag = ChangeFeed.etag(link.id());
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", IMMUTABLE);
        resp.setHeader("Accept-Ranges", "bytes");
        String inm = req.getHeader("If-None-Match");
        if (inm != null && matches(inm, etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        List<String> ranges = Collections.list(req.getHeaders("Range"));
        String ifRange = req.getHeader("If-Range");
        if (ranges.isEmpty() || ifRange != null && !ifRange.equals(etag)) {
            body(resp, 200, bytes, 0, bytes.length);
            return;
        }
        List<ByteRange> satisfiable = ByteRange.parse(ranges, bytes.length);
        if (satisfiable.isEmpty())
            throw new UnsatisfiableRangeException(digest, bytes.length);
        if (satisfiable.size() > 1) {
            body(resp, 200, bytes, 0, bytes.length); // several ranges of a small file: the whole file is simpler for both
            return;
        }
        ByteRange r = satisfiable.get(0);
        resp.setHeader("Content-Range", r.toHeaderValue(bytes.length));
        body(resp, 206, bytes, (int) r.first(), (int) r.getLength());
    }

    private static void body(HttpServletResponse resp, int status, byte[] bytes, int from, int length) throws IOException {
        resp.setStatus(status);
        resp.setContentType(WebContent.contentTypePatch);
        resp.setContentLength(length);
        resp.getOutputStream().write(bytes, from, length);
    }

    /** Does an {@code If-None-Match} value (a list of tags, weak or strong, or *) match {@code etag}? */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag))
                return true;
        }
        return false;
    }

    private static long number(HttpServletRequest req, String name, long dflt, long max) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank())
            return dflt;
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 0 && n <= max)
                return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadParameterException(name + "=" + v + ": expected a whole number from 0 to " + max);
    }
}
