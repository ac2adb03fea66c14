package org.w3id.cydip.load;

import org.apache.jena.mem.GraphMemFast;

/**
 * A graph of a read copy: Jena's fastest in-memory graph, filled once, then given
 * the counts of the copy's union ({@link #seal}) so that queries on it are ordered by
 * {@link PatternOrder}.
 */
final class CopyGraph extends GraphMemFast {
    private volatile PatternOrder order;

    /** Done filling: patterns on this graph are ordered by {@code counts}. */
    void seal(TripleCounts counts) {
        order = new PatternOrder(counts);
    }

    PatternOrder order() {
        return order;
    }
}
