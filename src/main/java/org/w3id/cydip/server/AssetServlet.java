package org.w3id.cydip.server;

import java.io.IOException;
import java.util.Optional;

import org.w3id.cydip.publish.NotFoundException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /assets/NAME}: a front-end file from the classpath, with its media
 * type, gzip-encoded when the client accepts it, an entity tag (304 when the
 * client has it already) and a cache lifetime: a year for content-hashed names,
 * revalidation for the others. An unknown name, a folder or a path with
 * {@code ..} is a 404; there is no listing.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/assets/";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private final transient AssetCatalogue assets;

    AssetServlet(AssetCatalogue assets) {
        this.assets = assets;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<Asset> found = assets.find(name);
        if (found.isEmpty()) {
            HttpErrors.send(resp, new NotFoundException(PATH + name + ": no such asset"));
            return;
        }
        Asset asset = found.get();
        boolean gzip = asset.gzip() != null && Compressed.acceptsGzip(req.getHeader("Accept-Encoding"));
        String etag = gzip ? asset.gzipEtag() : asset.etag();
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", asset.immutable() ? IMMUTABLE : REVALIDATE);
        resp.setHeader("Vary", "Accept-Encoding");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? asset.gzip() : asset.bytes();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(asset.mediaType());
        if (gzip)
            resp.setHeader("Content-Encoding", "gzip");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(body);
    }

    /** {@code If-None-Match}: {@code *} or a list of tags, weak ones compared weakly (RFC 9110, 13.1.2). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null)
            return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag))
                return true;
        }
        return false;
    }
}
