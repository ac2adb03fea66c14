package org.w3id.cydip.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.util.Context;

/**
 * What one untrusted query may use beyond its time (the timeout is the
 * dataset's {@code ARQ.queryTimeout}): strings of at most {@code maxStringChars}
 * characters, and at most {@code maxRowsInMemory} rows held by one sort, DISTINCT
 * or GROUP BY before it spills to disk (Jena's {@code ARQ.spillToDiskThreshold}).
 * {@link #install} puts them on a dataset's context, with REGEX and REPLACE on a
 * linear-time engine ({@link Re2}) and no function loaded by class name.
 */
public record Bounds(int maxStringChars, long maxRowsInMemory) {
    public static final int DEFAULT_MAX_STRING_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_ROWS_IN_MEMORY = 100_000;

    public static Bounds defaults() {
        return new Bounds(DEFAULT_MAX_STRING_CHARS, DEFAULT_MAX_ROWS_IN_MEMORY);
    }

    /** Bounds every query run on {@code context}'s dataset. */
    public void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, BoundedRewrite.factory(maxStringChars));
        context.set(ARQ.spillToDiskThreshold, maxRowsInMemory);
        BoundedFunctions.install(context);
    }
}
