package org.w3id.cydip.cli;

import org.w3id.cydip.query.Bounds;
import org.w3id.cydip.server.Limits;

import picocli.CommandLine.Option;

/** {@code serve}'s options for what one request may cost (see {@link Limits}). */
final class LimitOptions {
    @Option(names = "--max-query-bytes", defaultValue = "" + Limits.DEFAULT_MAX_QUERY_BYTES, paramLabel = "BYTES",
            description = "Refuse SPARQL query text larger than this with 413, before parsing it (default: ${DEFAULT-VALUE}).")
    int maxQueryBytes;

    @Option(names = "--max-string-chars", defaultValue = "" + Bounds.DEFAULT_MAX_STRING_CHARS, paramLabel = "CHARS",
            description = "Cut (503) a query that makes a string longer than this (default: ${DEFAULT-VALUE}).")
    int maxStringChars;

    @Option(names = "--max-rows-in-memory", defaultValue = "" + Bounds.DEFAULT_MAX_ROWS_IN_MEMORY, paramLabel = "ROWS",
            description = "Rows one sort, DISTINCT or GROUP BY keeps in memory before it spills to disk (default: ${DEFAULT-VALUE}).")
    long maxRowsInMemory;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests of one kind (raw SPARQL, canned queries, linked-data pages) run at once; others wait briefly,"
                    + " then get 503 with Retry-After (default: twice the processors, here " + "${DEFAULT-VALUE}).")
    int maxConcurrent = Limits.DEFAULT_MAX_CONCURRENT;

    Limits limits() {
        return Limits.defaults().withMaxQueryBytes(maxQueryBytes).withMaxStringChars(maxStringChars)
                .withMaxRowsInMemory(maxRowsInMemory).withMaxConcurrent(maxConcurrent);
    }
}
