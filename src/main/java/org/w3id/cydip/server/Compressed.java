package org.w3id.cydip.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a rendered body gzipped to a client that accepts gzip. Bodies are kept by
 * the render caches, so each is compressed once: the gzipped copy is held as long
 * as its body is (a weak map keyed by the very array).
 */
final class Compressed {
    /** Smaller bodies go as they are: gzip would save little. */
    static final int MIN_BYTES = 1024;
    private static final Map<byte[], byte[]> GZIPPED = Collections.synchronizedMap(new WeakHashMap<>());

    private Compressed() {}

    /** Writes {@code body} with its length, gzipped if the request accepts it. */
    static void write(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
        byte[] out = body;
        if (body.length >= MIN_BYTES && acceptsGzip(req.getHeader("Accept-Encoding"))) {
            out = GZIPPED.computeIfAbsent(body, Compressed::gzip);
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLength(out.length);
        resp.getOutputStream().write(out);
    }

    static boolean acceptsGzip(String header) {
        if (header == null)
            return false;
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            if (bits[0].trim().equals("gzip") || bits[0].trim().equals("*"))
                return bits.length < 2 || !bits[1].replace(" ", "").matches("q=0(\\.0*)?");
        }
        return false;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }
}
