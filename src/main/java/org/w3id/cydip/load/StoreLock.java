package org.w3id.cydip.load;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.jena.dboe.base.file.AlreadyLocked;

/**
 * cydip's own lock on a store's directory ({@value #FILE}), held while a start decides what to do with
 * the store and does it. TDB2's lock ({@code tdb.lock}) is let go whenever cydip closes the store on
 * purpose: a rebuild deletes the database and makes it anew ({@link StoreRelayout}), and indexes built
 * by sorting close it and open it again ({@link SortedIndexes}). Held throughout, this one keeps another
 * process from opening the store in between. Refused, it fails as TDB2's lock does ({@link AlreadyLocked}):
 * the store is in use by another process.
 */
public final class StoreLock implements AutoCloseable {
    static final String FILE = "cydip.lock";
    private final FileLock lock;

    private StoreLock(FileLock lock) {
        this.lock = lock;
    }

    /** Takes the lock of the store in {@code dir} (made if need be), or fails at once if another holds it. */
    public static StoreLock take(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel c = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = held(c);
            if (l == null) {
                c.close();
                throw new AlreadyLocked(dir + ": another process is opening or building this store");
            }
            return new StoreLock(l);
        } catch (IOException e) {
            throw new LoadException(dir + ": cannot lock the store: " + e.getMessage(), e);
        }
    }

    /** The lock, or null if another process (or another opening in this one) holds it. */
    private static FileLock held(FileChannel c) throws IOException {
        try {
            return c.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            throw new LoadException("cannot let go of the store's lock: " + e.getMessage(), e);
        }
    }
}
