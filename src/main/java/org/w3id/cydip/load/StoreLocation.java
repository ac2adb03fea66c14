package org.w3id.cydip.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where {@code cydip serve} keeps its validated store when no {@code --store} is
 * given: in a cache folder ({@code $CYDIP_CACHE_DIR}, else {@code $XDG_CACHE_HOME/cydip},
 * else {@code ~/.cache/cydip}), one store per checkout, named after the checkout's
 * folder and a digest of its absolute path, so two checkouts never share a store.
 * The store is a cache: deleting it costs one rebuild from the files.
 */
public final class StoreLocation {
    public static final String CACHE_ENV = "CYDIP_CACHE_DIR";

    private StoreLocation() {}

    /** The cache folder for this environment. */
    public static Path cacheRoot(Map<String, String> env) {
        String own = env.get(CACHE_ENV);
        if (own != null && !own.isBlank())
            return Path.of(own);
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank())
            return Path.of(xdg, "cydip");
        return Path.of(System.getProperty("user.home"), ".cache", "cydip");
    }

    /** The store for {@code project} in the cache folder of {@code env}. */
    public static Path defaultStore(ProjectFiles project, Map<String, String> env) {
        return cacheRoot(env).resolve("stores").resolve(key(project));
    }

    /** {@code main-3f2a9c41d07b} for a checkout in {@code /work/main}; {@code embedded-VERSION} for the jar's data. */
    static String key(ProjectFiles project) {
        Path root = project.root();
        if (!"file".equals(root.getFileSystem().provider().getScheme()))
            return "embedded-" + CydipVersion.get().replaceAll("[^A-Za-z0-9._-]", "_");
        Path abs = root.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(abs.toString().getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
