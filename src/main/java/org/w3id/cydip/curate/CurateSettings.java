package org.w3id.cydip.curate;

import java.nio.file.Path;

/**
 * How the curator API is set up (who the curators are is {@link Curators}).
 *
 * @param maxEntryBytes larger entries are refused (HTTP 413)
 * @param store         the TDB2 store directory (the change log goes in its
 *                      {@code changes/}), or null for an in-memory log
 */
public record CurateSettings(long maxEntryBytes, Path store) {
    public static final long DEFAULT_MAX_ENTRY_BYTES = 5L * 1024 * 1024;

    /** Whether accepted entries survive a restart: only with a store. */
    public boolean durable() {
        return store != null;
    }

    /** The change log for these settings: files under the store, or in memory. */
    public ChangeLog changeLog() {
        return store == null ? ChangeLog.inMemory() : ChangeLog.directory(changeDir(store));
    }

    /** Where a store keeps its change log. */
    public static Path changeDir(Path store) {
        return store.resolve("changes");
    }
}
