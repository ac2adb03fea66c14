package org.w3id.cydip.curate;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that goes up each time the data changes (an accepted entry), so that
 * caches of query results can key on it.
 */
public final class DataVersion {
    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    /** Marks a change; returns the new version. */
    public long bump() {
        return version.incrementAndGet();
    }
}
