package org.w3id.cydip.curate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log's files: {@code DIR/<time>-<id>.rdfp}, one RDF Patch each, written
 * whole and forced to disk; a patch whose transaction never committed is renamed
 * to {@code .rdfp.aborted} and is no longer part of the log.
 */
final class PatchFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PatchFiles.class);
    static final String SUFFIX = ".rdfp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private PatchFiles() {}

    /** The file of a new patch: the entry's time, then its id, so names sort by time. */
    static Path name(Path dir, Instant time, String id) {
        return dir.resolve(STAMP.format(time) + "-" + id + SUFFIX);
    }

    /** The patches of {@code dir}, by name (oldest first); none when there is no such directory. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new CurateException(dir + ": cannot list the change log: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new CurateException(f + ": cannot read the change log: " + e.getMessage(), e);
        }
    }

    static RDFPatch read(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return RDFPatchOps.read(in);
        } catch (IOException | RuntimeException e) {
            throw new CurateException(f + ": cannot read the change log: " + e.getMessage(), e);
        }
    }

    /** The header lines only, without reading the changes. */
    static PatchHeader header(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return RDFPatchOps.readHeader(in);
        } catch (IOException | RuntimeException e) {
            throw new CurateException(f + ": cannot read the change log: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code bytes} as {@code file}, forced to disk with its directory entry,
     * before returning. A new patch must not exist yet; a rewritten one
     * ({@code replace}) replaces the old file in one rename, so a crash leaves one or the other.
     */
    static void write(Path file, byte[] bytes, boolean replace) {
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
            if (replace) {
                Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
                Files.deleteIfExists(tmp);
                forced(tmp, bytes);
                move(tmp, file);
            } else {
                forced(file, bytes);
            }
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            }
        } catch (IOException e) {
            throw new CurateException(file + ": cannot write the change log: " + e.getMessage(), e);
        }
    }

    private static void forced(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes));
            ch.force(true);
        }
    }

    /** Renames {@code f} to {@code .aborted}: its entry was never committed. */
    static void setAside(Path f) {
        try {
            Files.move(f, f.resolveSibling(f.getFileName() + ".aborted"));
            LOG.warn("{}: set aside, its entry was never committed (the server stopped mid-request)", f);
        } catch (IOException e) {
            throw new CurateException(f + ": cannot set aside an uncommitted change: " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
