package org.w3id.cydip.server;

import org.w3id.cydip.query.Bounds;

/**
 * What one request may cost the server; every limit is an option of {@code serve}
 * and of {@link CydipServer.Builder#limits(Limits)}. The time limit is the
 * server's timeout ({@code --timeout}).
 *
 * @param maxQueryBytes   the largest SPARQL query text taken, in UTF-8 bytes
 *                        ({@code --max-query-bytes}); a larger one is refused with 413 before it is parsed
 * @param maxStringChars  the longest string a query may make ({@code --max-string-chars}); past it the query is cut, 503
 * @param maxRowsInMemory rows one sort, DISTINCT or GROUP BY holds in memory before it spills to disk
 *                        ({@code --max-rows-in-memory})
 * @param maxConcurrent   requests of one kind (raw SPARQL, canned queries, linked-data pages) running at once
 *                        ({@code --max-concurrent}); others wait up to {@link #ADMISSION_WAIT}, then get 503
 */
public record Limits(int maxQueryBytes, int maxStringChars, long maxRowsInMemory, int maxConcurrent) {
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_CONCURRENT = 2 * Runtime.getRuntime().availableProcessors();
    /** How long a request waits for a place in its lane before it is refused. */
    public static final java.time.Duration ADMISSION_WAIT = java.time.Duration.ofMillis(500);
    /** New queries are refused while more than this share of the heap was live after the last collection. */
    public static final double HEAP_REFUSE_FRACTION = 0.9;

    public Limits {
        positive("--max-query-bytes", maxQueryBytes);
        positive("--max-string-chars", maxStringChars);
        positive("--max-rows-in-memory", maxRowsInMemory);
        positive("--max-concurrent", maxConcurrent);
    }

    private static void positive(String option, long value) {
        if (value < 1)
            throw new ServerConfigException(option + " must be at least 1, not " + value);
    }

    /** The defaults, as {@code serve} starts with. */
    public static Limits defaults() {
        Bounds b = Bounds.defaults();
        return new Limits(DEFAULT_MAX_QUERY_BYTES, b.maxStringChars(), b.maxRowsInMemory(), DEFAULT_MAX_CONCURRENT);
    }

    /** The bounds on query evaluation. */
    public Bounds bounds() {
        return new Bounds(maxStringChars, maxRowsInMemory);
    }

    public Limits withMaxQueryBytes(int bytes) {
        return new Limits(bytes, maxStringChars, maxRowsInMemory, maxConcurrent);
    }

    public Limits withMaxStringChars(int chars) {
        return new Limits(maxQueryBytes, chars, maxRowsInMemory, maxConcurrent);
    }

    public Limits withMaxRowsInMemory(long rows) {
        return new Limits(maxQueryBytes, maxStringChars, rows, maxConcurrent);
    }

    public Limits withMaxConcurrent(int n) {
        return new Limits(maxQueryBytes, maxStringChars, maxRowsInMemory, n);
    }
}
