package org.w3id.cydip.replicate;

import java.time.Instant;

/**
 * What a replica reports about its following (at {@code /$/status}).
 *
 * @param primary         the primary's URL
 * @param state           following, or stopped (for good, until a restart) with the reason
 * @param lastApplied     the id of the last change the replica holds (null: none yet)
 * @param lastAppliedTime when that change was accepted on the primary
 * @param newest          the newest change the primary listed at the last contact
 * @param pending         how many listed changes are not applied yet
 * @param secondsBehind   how long ago the oldest of those was accepted on the primary (0 when none is pending)
 * @param lastContact     when the primary last answered (null: never since start)
 * @param lastError       why the last request to the primary failed, if it did (it is tried again)
 * @param applying        the change being applied now (its transaction is open), if one is
 * @param applied         how many changes were applied since start
 */
public record ReplicaStatus(String primary, State state, String reason, String lastApplied, Instant lastAppliedTime,
        String newest, int pending, long secondsBehind, Instant lastContact, String lastError, String applying, long applied) {

    public enum State {
        FOLLOWING, STOPPED;

        /** {@code following}, {@code stopped}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
