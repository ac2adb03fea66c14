package org.w3id.cydip.server;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One front-end file as served: its bytes, their gzip form (when that is smaller),
 * its media type and a strong entity tag from a SHA-256 of the content. A file
 * whose name carries a content hash ({@code views-4FQ2ZK7M.js}, as the front-end
 * build names its chunks) never changes under that name, so it may be cached for
 * good; the others are revalidated with their entity tag.
 */
record Asset(String name, String mediaType, byte[] bytes, byte[] gzip, String etag, boolean immutable) {

    /** Media types by file extension; a name with any other extension is not an asset. */
    static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** The content hash esbuild puts in a chunk's name: a dash and eight base-32 characters before the extension. */
    private static final Pattern HASHED = Pattern.compile(".*-[A-Z2-7]{8}\\.[a-z0-9]+");

    /** The media type for {@code name}'s extension, if it is one an asset may have. */
    static Optional<String> mediaType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(MEDIA_TYPES.get(name.substring(dot + 1)));
    }

    /** The asset {@code name} with content {@code bytes}, of a media type {@link #mediaType} gave. */
    static Asset of(String name, String mediaType, byte[] bytes) {
        byte[] gzip = compressible(mediaType) ? Compressed.gzip(bytes) : null;
        return new Asset(name, mediaType, bytes, gzip != null && gzip.length < bytes.length ? gzip : null,
                "\"" + hash(bytes) + "\"", HASHED.matcher(name).matches());
    }

    /** The entity tag of the gzip form: another representation, so another tag. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    private static boolean compressible(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.startsWith("application/json")
                || mediaType.startsWith("image/svg");
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
