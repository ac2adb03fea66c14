package org.w3id.cydip.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Is the heap nearly full? Judged by what the last garbage collection left live
 * in each heap pool (not by the garbage waiting to be collected), against the
 * heap's maximum. Used to refuse new queries (503) before one more pushes the
 * server into an out-of-memory error.
 */
final class MemoryGuard {
    private final double fraction;

    /** Refuse when more than {@code fraction} (0..1] of the heap was live after the last collection. */
    MemoryGuard(double fraction) {
        this.fraction = fraction;
    }

    boolean nearlyFull() {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE)
            return false;
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null)
                live += afterGc.getUsed();
        }
        return live > fraction * max;
    }
}
