package org.w3id.cydip.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

/**
 * What a validated store was built from, kept beside it in {@code DIR/cydip-store.properties}:
 * the store format, the cydip version that built it, and the SHA-256 of every
 * ontology, shapes and data file. It is written only once the store's content is
 * known to conform, and removed before the content changes, so a store with a
 * manifest is a store that was validated against exactly those files. Curated
 * entries are in the store itself, each validated when it was accepted, and
 * recorded by its change log ({@code ChangeHead}).
 * <p>
 * It also keeps the number of quads the store held when it was written (counted after
 * a build, kept up to date by each applied difference), so that a start can tell a
 * store too large for an in-memory copy without reading it ({@link #QUADS}). Entries
 * accepted since are not counted: it is a size, not a checksum. A manifest written
 * before it was kept has none ({@link #UNKNOWN}).
 *
 * @param format  {@link #FORMAT} of the cydip that built the store
 * @param version the cydip version that built it
 * @param hashes  file as users know it ({@code data/votes.ttl}) to its SHA-256, hex
 * @param quads   the store's quads when the manifest was written, or {@link #UNKNOWN}
 */
public record StoreManifest(int format, String version, Map<String, String> hashes, long quads) {
    /** The layout of a cydip store: raise it whenever a store built before could be misread. */
    public static final int FORMAT = 1;
    static final String FILE = "cydip-store.properties";
    /** The quad count of a manifest that has none (written by an older cydip). */
    public static final long UNKNOWN = -1;
    /**
     * The served store's quad count from its manifest, in the store's context ({@link #UNKNOWN}
     * when not known): how {@link ReadCopy#make} tells a store too large to copy without reading it.
     */
    public static final Symbol QUADS = Symbol.create("https://w3id.org/cydip/store#quads");

    public StoreManifest {
        hashes = Map.copyOf(hashes);
        quads = quads < 0 ? UNKNOWN : quads;
    }

    /** A manifest whose quad count is not known. */
    public StoreManifest(int format, String version, Map<String, String> hashes) {
        this(format, version, hashes, UNKNOWN);
    }

    /** This manifest with the store's quad count. */
    public StoreManifest withQuads(long count) {
        return new StoreManifest(format, version, hashes, count);
    }

    /** Says the store's quad count in the context of {@code dsg} ({@link #QUADS}). */
    public void tell(DatasetGraph dsg) {
        dsg.getContext().set(QUADS, quads);
    }

    /** The manifest a store built now from {@code project} would carry. */
    public static StoreManifest of(ProjectFiles project) {
        Map<String, String> hashes = new TreeMap<>();
        for (List<Path> files : List.of(project.ontologyFiles(), project.shapeFiles(), project.dataFiles()))
            files.parallelStream().forEach(f -> {
                String h = sha256(f, project.displayName(f));
                synchronized (hashes) {
                    hashes.put(project.displayName(f), h);
                }
            });
        return new StoreManifest(FORMAT, CydipVersion.get(), hashes);
    }

    /** Was the store built by this cydip, in this format? */
    public boolean sameBuild(StoreManifest other) {
        return format == other.format && version.equals(other.version);
    }

    /** The files that differ between the two (added, removed or changed), sorted. */
    public Set<String> changedFiles(StoreManifest other) {
        Set<String> out = new TreeSet<>();
        Stream.concat(hashes.keySet().stream(), other.hashes.keySet().stream())
                .filter(f -> !java.util.Objects.equals(hashes.get(f), other.hashes.get(f))).forEach(out::add);
        return out;
    }

    /** The manifest of the store in {@code dir}, if it has one. */
    public static Optional<StoreManifest> read(Path dir) {
        Path file = dir.resolve(FILE);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LoadException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, String> hashes = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("sha256.")).forEach(k -> hashes.put(k.substring(7), p.getProperty(k)));
        long quads = count(p.getProperty("quads"));
        try {
            return Optional.of(new StoreManifest(Integer.parseInt(p.getProperty("format", "0")), p.getProperty("cydip", ""), hashes, quads));
        } catch (NumberFormatException e) {
            return Optional.of(new StoreManifest(0, "", hashes, quads));
        }
    }

    /** A kept quad count, or {@link #UNKNOWN} when there is none or it is not a count. */
    private static long count(String value) {
        try {
            return value == null ? UNKNOWN : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** Writes this manifest into the store {@code dir}, whole or not at all. */
    public void write(Path dir) {
        StringBuilder sb = new StringBuilder("# What this cydip store was validated against; written by cydip, do not edit.\n");
        sb.append("format=").append(format).append('\n').append("cydip=").append(escape(version)).append('\n');
        if (quads != UNKNOWN)
            sb.append("quads=").append(quads).append('\n');
        hashes.forEach((f, h) -> sb.append("sha256.").append(escape(f)).append('=').append(h).append('\n'));
        try {
            AtomicFiles.writeAll(dir, Map.of(FILE, sb.toString()));
        } catch (IOException e) {
            throw new LoadException(dir.resolve(FILE) + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Removes the manifest of the store in {@code dir}: its content is about to change. */
    public static void remove(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw new LoadException(dir.resolve(FILE) + ": cannot remove: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
    }

    private static String sha256(Path file, String name) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage(), new UncheckedIOException(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
