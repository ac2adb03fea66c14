package org.w3id.cydip.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;

/** Where each subject was first read: {@code data/votes.ttl:812}. */
public final class Origins {
    private final Map<Node, String> where = new ConcurrentHashMap<>();
    private final boolean keep;

    public Origins() {
        this(true);
    }

    private Origins(boolean keep) {
        this.keep = keep;
    }

    /** Origins that keep nothing: for bulk loads, whose places are read again only if a report needs them. */
    public static Origins none() {
        return new Origins(false);
    }

    void record(Node subject, String file, long line) {
        if (!keep)
            return;
        where.putIfAbsent(subject, line > 0 ? file + ":" + line : file);
    }

    /** Adds {@code other}'s subjects; a subject already known keeps its first place. */
    void addAll(Origins other) {
        other.where.forEach(where::putIfAbsent);
    }

    /** The file (and line, where the parser gave one) of the subject, or null. */
    public String of(Node subject) {
        return where.get(subject);
    }
}
