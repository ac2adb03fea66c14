package org.w3id.cydip.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The front-end files under one classpath folder ({@code web/assets/} in the jar),
 * read on first request and kept, with their gzip form, for the server's life.
 * Only plain names are looked up: segments of letters, digits, dots, dashes and
 * underscores that do not start with a dot (so no {@code ..}, no hidden file), with
 * an extension of {@link Asset#MEDIA_TYPES}; a folder is never an asset.
 */
final class AssetCatalogue {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
    /** Longest name looked up; longer ones are not assets. */
    private static final int MAX_NAME = 200;

    private final String folder;
    private final ClassLoader loader;
    private final Map<String, Asset> found = new ConcurrentHashMap<>();

    /** The assets under classpath folder {@code folder} (ending in {@code /}). */
    AssetCatalogue(String folder) {
        this.folder = folder;
        this.loader = AssetCatalogue.class.getClassLoader();
    }

    /** The asset called {@code name} (relative to the folder), if there is one. Only found ones are kept. */
    Optional<Asset> find(String name) {
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches())
            return Optional.empty();
        Asset asset = found.get(name);
        if (asset != null)
            return Optional.of(asset);
        Optional<Asset> read = Asset.mediaType(name).flatMap(type -> read(name, type));
        read.ifPresent(a -> found.put(name, a));
        return read;
    }

    private Optional<Asset> read(String name, String mediaType) {
        URL url = loader.getResource(folder + name);
        if (url == null || !isFile(url))
            return Optional.empty();
        try (InputStream in = url.openStream()) {
            return Optional.of(Asset.of(name, mediaType, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + folder + name, e);
        }
    }

    /** A folder on disk opens as a listing; in a jar, a folder's entry ends with a slash and is never asked for. */
    private static boolean isFile(URL url) {
        if (!"file".equals(url.getProtocol()))
            return true;
        try {
            return Files.isRegularFile(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
