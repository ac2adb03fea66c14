package org.w3id.cydip.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files written whole or not at all: each is written under a temporary name in
 * its own directory, then renamed over the target, so a reader never sees a
 * partial file and a failure leaves the old one (or none) in place. Failures are
 * {@link IOException}s, for the caller to report in its own phase's terms.
 */
public final class AtomicFiles {
    /** What goes into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code file} whole from {@code content}, replacing any file of that name. */
    public static Path write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = temporary(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            return move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** As {@link #write}, then {@code file} and its directory entry forced to the disk, for what must survive a power cut. */
    public static Path writeSynced(Path file, Content content) throws IOException {
        Path written = write(file, content);
        synced(written);
        return written;
    }

    /** Forces {@code file} and its directory entry to the disk (a directory only where the system can). */
    private static void synced(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        try (FileChannel d = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not every system opens a directory to sync it; the file's own data is on the disk
        }
    }

    /**
     * Writes each of {@code files} (name to UTF-8 text) into {@code dir}, created if
     * needed. None replaces its target until all are written; returns the files in
     * the order given.
     */
    public static List<Path> writeAll(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> ready = new LinkedHashMap<>();
        try {
            for (var e : files.entrySet()) {
                Path target = dir.resolve(e.getKey()).toAbsolutePath();
                Path tmp = temporary(target);
                ready.put(target, tmp);
                Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
            }
            List<Path> written = new ArrayList<>();
            for (var e : ready.entrySet())
                written.add(move(e.getValue(), e.getKey()));
            return written;
        } finally {
            for (Path tmp : ready.values())
                Files.deleteIfExists(tmp);
        }
    }

    private static Path temporary(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
