package org.w3id.cydip.replicate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.curate.CurateException;
import org.w3id.cydip.curate.SealedPatch;

/**
 * Follows a primary from a replica, on a thread of its own: asks the primary's
 * feed for the changes after the replica's last (a long poll: the primary answers
 * as soon as it has one, or after {@code wait} with "nothing new"), checks each
 * patch's digest against its id, and applies it ({@link PatchApplier}). A primary
 * out of reach is asked again, less often each time; a patch it refuses or a
 * chain it cannot follow stops it for good, with the reason in its
 * {@link #status()}, and the replica goes on serving what it has.
 */
public final class Follower {
    private static final Logger LOG = LoggerFactory.getLogger(Follower.class);
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DatasetGraph dsg;
    private final PrimaryClient primary;
    private final Duration wait;
    private final Thread thread;
    private volatile boolean running;
    private volatile String reason;
    private volatile String newest;
    private final Deque<PrimaryClient.Listed> pending = new ArrayDeque<>();
    private volatile Instant lastContact;
    private volatile String lastError;
    private volatile String applying;
    private volatile Applied applied;

    /** The last change applied (null before the first) and how many were applied since start, read together. */
    private record Applied(String id, Instant time, long count) {}

    Follower(DatasetGraph dsg, PrimaryClient primary, Duration wait) {
        this.dsg = dsg;
        this.primary = primary;
        this.wait = wait;
        ChangeHead.Head last = ChangeHead.read(dsg).orElse(null);
        this.applied = new Applied(last == null ? null : last.id(), last == null ? null : last.time(), 0);
        this.thread = new Thread(this::run, "cydip-follower");
        thread.setDaemon(true);
    }

    /** A follower of the primary at {@code url} (its base, e.g. {@code http://primary:3030}) for {@code dsg}. */
    public static Follower of(DatasetGraph dsg, URI url) {
        return new Follower(dsg, new PrimaryClient(url), WAIT);
    }

    public synchronized void start() {
        running = true;
        thread.start();
    }

    /** Stops following: a patch being applied is finished first (its transaction is never cut). */
    public void stop() {
        running = false;
        primary.abort();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public ReplicaStatus status() {
        Applied last = applied;
        PrimaryClient.Listed oldest;
        int waiting;
        synchronized (pending) {
            oldest = pending.peekFirst();
            waiting = pending.size();
        }
        long behind = oldest == null || oldest.time() == null ? 0 : Math.max(0, Duration.between(oldest.time(), Instant.now()).toSeconds());
        return new ReplicaStatus(primary.base(), reason == null ? ReplicaStatus.State.FOLLOWING : ReplicaStatus.State.STOPPED,
                reason, last.id(), last.time(), newest, waiting, behind, lastContact, lastError, applying, last.count());
    }

    private void run() {
        Duration backoff = MIN_BACKOFF;
        while (running) {
            try {
                step();
                backoff = MIN_BACKOFF;
            } catch (ReplicateException.Refused e) {
                stopFor(e.getMessage());
                return;
            } catch (ReplicateException.Unreachable e) {
                if (!running)
                    return;
                lastError = e.getMessage();
                LOG.warn("following {}: {}; trying again in {} ms", primary.base(), e.getMessage(), backoff.toMillis());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (RuntimeException e) {
                LOG.error("following {} failed", primary.base(), e);
                stopFor("failed: " + e);
                return;
            }
        }
    }

    /** One request to the feed, and every change it lists applied in order. */
    private void step() {
        String last = applied.id();
        PrimaryClient.Listing listing = primary.list(last, wait);
        lastContact = Instant.now();
        lastError = null;
        newest = listing.modified() ? listing.newest() : last;
        synchronized (pending) {
            pending.clear();
            pending.addAll(listing.changes());
        }
        for (PrimaryClient.Listed c : listing.changes()) {
            if (!running)
                return;
            SealedPatch p = verified(c, primary.patch(c));
            applying = c.id();
            PatchApplier.apply(dsg, p);
            applied = new Applied(p.id(), p.time(), applied.count() + 1);
            applying = null;
            synchronized (pending) {
                pending.pollFirst();
            }
            LOG.info("applied change {} from {}", p.id(), primary.base());
        }
    }

    private SealedPatch verified(PrimaryClient.Listed c, byte[] bytes) {
        SealedPatch p;
        try {
            p = SealedPatch.verify(bytes);
        } catch (CurateException.BadPatch e) {
            throw new ReplicateException.Refused("change " + c.id() + " from " + primary.base() + c.href() + ": " + e.getMessage(), e);
        }
        if (!p.id().equals(c.id()))
            throw new ReplicateException.Refused(primary.base() + c.href() + " was listed as change " + c.id() + " but is " + p.id());
        return p;
    }

    private void stopFor(String why) {
        reason = why;
        applying = null;
        running = false;
        LOG.error("stopped following {}: {}; still serving change {}", primary.base(), why, applied.id());
    }

    private void pause(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
