package org.w3id.cydip.validate;

/**
 * How the data being served was opened, and why that way: what a start says first.
 *
 * @param how which path the start took
 * @param why the reason, in words (what changed, or that nothing did)
 */
public record Opening(How how, String why) {
    /** The paths a start can take. */
    public enum How {
        /** Read from the files into memory and validated whole (small graphs, tests, {@code --in-memory}). */
        IN_MEMORY,
        /** A new store, bulk-loaded from the files and validated whole. */
        BUILT,
        /** A store that was validated against exactly these files: opened as it is, not validated again. */
        REUSED,
        /** Data files changed: their difference applied to the store, validated incrementally. */
        UPDATED,
        /** The shapes or the ontology changed: any data difference applied, the whole store validated again. */
        REVALIDATED,
        /** A store built by another cydip version or format, or not known to be validated: rebuilt from the files. */
        REBUILT,
        /** A read replica's data: the primary's dump or its own store, as the replica left it. */
        REPLICA
    }

    /** Was the whole graph validated on the way (so that the report is the whole graph's)? */
    public boolean validatedWhole() {
        return how == How.IN_MEMORY || how == How.BUILT || how == How.REBUILT || how == How.REVALIDATED;
    }

    @Override
    public String toString() {
        return how.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " (" + why + ")";
    }
}
