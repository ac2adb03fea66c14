package org.w3id.cydip.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table {@link ReliabilityBench} prints: one row per goal of issue #11, in the
 * issue's order. A row whose step failed or did not run still prints, as not met.
 */
final class ReliabilityTable {
    /** The rows of the table, in its order: a step's key and what it tries. */
    static final String[][] ROWS = {{"writes", "unauthenticated writes on every route"}, {"adversarial", "adversarial queries"},
            {"p99", "small canned query while 4 attacks run"}, {"ssrf", "SSRF attempts"}, {"bad inputs", "malformed inputs"},
            {"kill -9", "kill -9 rounds"}, {"fuzz", "fuzz cases"}, {"rss", "64 connections"}};
    private final Map<String, String[]> rows = new ConcurrentHashMap<>();

    void row(String key, String what, String measured, String goal, boolean met) {
        rows.put(key, new String[] {what, measured, goal, met ? "met" : "NOT met"});
    }

    void failed(String key, Throwable e) {
        String what = java.util.Arrays.stream(ROWS).filter(k -> k[0].equals(key)).map(k -> k[1]).findFirst().orElse(key);
        rows.put(key, new String[] {what, "the step failed: " + e, "", "NOT met"});
    }

    synchronized void print() {
        System.out.printf("%n| attack | measured | goal | |%n| --- | --- | --- | --- |%n");
        for (String[] key : ROWS) {
            String[] r = rows.getOrDefault(key[0], new String[] {key[1], "not run", "", "NOT met"});
            System.out.printf("| %s | %s | %s | %s |%n", (Object[]) r);
        }
        long met = rows.values().stream().filter(r -> r[3].equals("met")).count();
        System.out.printf("%n%d of %d goals met%n", met, ROWS.length);
        System.out.flush();
    }
}
