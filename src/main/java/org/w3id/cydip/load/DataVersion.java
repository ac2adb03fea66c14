package org.w3id.cydip.load;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

/**
 * A counter that says which state of the data a result was computed on. Whoever
 * changes the dataset (the curator workflow, after committing an entry) calls
 * {@link #bump(DatasetGraph)}; caches keyed by the version then stop serving the
 * old results. The counter lives in the dataset's context, so it needs no wiring.
 */
public final class DataVersion {
    private static final Symbol KEY = Symbol.create("https://w3id.org/cydip/ontology#dataVersion");

    private DataVersion() {}

    /** The current version of {@code dsg}'s data (0 until the first change). */
    public static long current(DatasetGraph dsg) {
        return counter(dsg).get();
    }

    /** Marks {@code dsg}'s data as changed; returns the new version. */
    public static long bump(DatasetGraph dsg) {
        return counter(dsg).incrementAndGet();
    }

    private static AtomicLong counter(DatasetGraph dsg) {
        var ctx = dsg.getContext();
        synchronized (ctx) {
            AtomicLong c = ctx.get(KEY);
            if (c == null) {
                c = new AtomicLong();
                ctx.set(KEY, c);
            }
            return c;
        }
    }
}
