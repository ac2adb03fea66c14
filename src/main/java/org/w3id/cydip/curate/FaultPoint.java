package org.w3id.cydip.curate;

/**
 * Fault injection for the crash tests: a named point in the code where the JVM
 * halts at once (as {@code kill -9} would) when the system property
 * {@code cydip.fault} names that point. Unset, as in every real run, it does
 * nothing. {@link #AFTER_CHANGE_LOG}: an entry's change-log file is written, its
 * transaction not yet committed; the start-up reconcile must set the file aside.
 */
public final class FaultPoint {
    public static final String PROPERTY = "cydip.fault";
    public static final String AFTER_CHANGE_LOG = "after-change-log";

    private FaultPoint() {}

    static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY)))
            Runtime.getRuntime().halt(137);
    }
}
