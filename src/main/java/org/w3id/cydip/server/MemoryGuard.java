package org.w3id.cydip.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Is the heap nearly full? Judged by what the last garbage collection left live
 * in each heap pool (not by the garbage waiting to be collected), against the
 * heap's maximum. Used to refuse new queries (503) before one more pushes the
 * server into an out-of-memory error. Asked on every admitted request, so the heap
 * pools are looked up once (a JVM's pools do not change while it runs), not per request.
 */
final class MemoryGuard {
    private final double fraction;
    private final List<MemoryPoolMXBean> heapPools;

    /** Refuse when more than {@code fraction} (0..1] of the heap was live after the last collection. */
    MemoryGuard(double fraction) {
        this.fraction = fraction;
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    boolean nearlyFull() {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE)
            return false;
        long live = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (afterGc != null)
                live += afterGc.getUsed();
        }
        return live > fraction * max;
    }
}
