package org.w3id.cydip.replicate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.curate.PatchIndex;
import org.w3id.cydip.curate.SealedPatch;
import org.w3id.cydip.load.DataVersion;

/**
 * A primary's change log as replicas read it: the chain of committed patches, up
 * to the change the store says it holds last ({@link ChangeHead}), so a patch
 * written for a transaction that has not committed (or never will) is not offered.
 * Its version tag (an HTTP entity tag) is the digest of the newest change, so a
 * replica can ask "anything newer than what I have?" and wait for the answer.
 */
public final class ChangeFeed {
    /** The most changes one page lists. */
    public static final int MAX_PAGE = 1000;
    /** The longest a request may wait for a change. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(25);
    private static final long POLL_MILLIS = 20;

    private final DatasetGraph dsg;
    private final PatchIndex index;

    public ChangeFeed(DatasetGraph dsg, Path changeDir) {
        this.dsg = dsg;
        this.index = new PatchIndex(changeDir);
    }

    /** Some of the log: the newest id (null for an empty log) and changes in order. */
    public record Page(String newest, List<PatchIndex.Link> changes) {}

    /**
     * The changes after {@code after} (an id or its digest; null: from the first),
     * at most {@code limit}, oldest first; {@link ReplicateException.UnknownChange}
     * when the log holds no such change.
     */
    public Page after(String after, int limit) {
        String newest = ChangeHead.id(dsg);
        List<PatchIndex.Link> chain = index.chainTo(newest);
        int from = after == null ? 0 : position(chain, after) + 1;
        return new Page(newest, chain.subList(from, Math.min(chain.size(), from + Math.max(1, Math.min(limit, MAX_PAGE)))));
    }

    private static int position(List<PatchIndex.Link> chain, String after) {
        String digest = SealedPatch.digestOf(after);
        for (int i = chain.size() - 1; digest != null && i >= 0; i--)
            if (chain.get(i).digest().equals(digest))
                return i;
        throw new ReplicateException.UnknownChange("no change " + after + " in this log"
                + (digest == null ? " (an id is " + SealedPatch.ID_PREFIX + "DIGEST, or the DIGEST alone)" : ""));
    }

    /** The committed patch with this digest, if the log holds one. */
    public Optional<PatchIndex.Link> patch(String digest) {
        return index.chainTo(ChangeHead.id(dsg)).stream().filter(l -> l.digest().equals(digest)).findFirst();
    }

    /** The feed's entity tag now. */
    public String etag() {
        return etag(ChangeHead.id(dsg));
    }

    /** The entity tag of a feed whose newest change is {@code id} (null: an empty log). */
    public static String etag(String id) {
        return "\"" + (id == null ? "none" : SealedPatch.digestOf(id)) + "\"";
    }

    /**
     * Waits, at most {@code max} (capped at {@link #MAX_WAIT}), while the feed's tag
     * is {@code etag}; returns the tag at the end. Cheap: it reads the dataset's
     * version counter, and the store only when that moved. An interrupt ends the wait.
     */
    public String await(String etag, Duration max) {
        long deadline = System.nanoTime() + (max.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : max).toNanos();
        long version = DataVersion.current(dsg);
        String now = etag();
        while (now.equals(etag) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the server is stopping: the wait is over
                return now;
            }
            long v = DataVersion.current(dsg);
            if (v != version) {
                version = v;
                now = etag();
            }
        }
        return now;
    }
}
