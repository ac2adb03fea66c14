package org.w3id.cydip.query;

import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Makes {@link JsonRows} the SPARQL JSON results writer when Jena starts (found by Jena's
 * {@code ServiceLoader}, after RIOT has registered its own writers), for every path that
 * writes results: the endpoint, the API and the command line.
 */
public final class JsonRowsInit implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        JsonRows.install();
    }

    @Override
    public void stop() {}

    /** After RIOT's 20 and ARQ's 30: Jena's writers are in place, and this one replaces theirs for JSON. */
    @Override
    public int level() {
        return 9_000;
    }
}
