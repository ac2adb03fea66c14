package org.w3id.cydip.curate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.PatchHeader;

/**
 * The sealed patches of a change log, found by id from their headers, and the
 * chain that ends with a given patch. A patch never changes once written, so a
 * header is read once; the directory is listed again when an id is not known yet.
 */
public final class PatchIndex {
    /** One patch of the log: its id, the id before it, when its entry was accepted, its file. */
    public record Link(String id, String prev, Instant time, Path file) {
        public String digest() {
            return SealedPatch.digestOf(id);
        }
    }

    private final Path dir;
    private final Map<Path, Link> byFile = new HashMap<>();
    private final Map<String, Link> byId = new HashMap<>();
    private List<Link> chain = List.of();
    private final Map<String, Integer> position = new HashMap<>();

    public PatchIndex(Path dir) {
        this.dir = dir;
    }

    /**
     * The patches from the first up to and including {@code head}, oldest first
     * (none for null); a {@link CurateException} when the log lacks one of them.
     */
    public synchronized List<Link> chainTo(String head) {
        if (head == null)
            return List.of();
        if (position.containsKey(head))
            return chain.subList(0, position.get(head) + 1);
        Deque<Link> newer = new ArrayDeque<>();
        String at = head;
        while (at != null && !position.containsKey(at)) {
            Link l = find(at);
            if (l == null)
                throw new CurateException(dir + ": the change log does not hold the patch " + at
                        + (newer.isEmpty() ? "" : ", the one before " + newer.peekFirst().id()));
            if (newer.size() > byId.size())
                throw new CurateException(dir + ": the change log's patches name each other in a circle at " + at);
            newer.addFirst(l);
            at = l.prev();
        }
        List<Link> next = new ArrayList<>(at == null ? List.of() : chain.subList(0, position.get(at) + 1));
        next.addAll(newer);
        chain = List.copyOf(next);
        position.clear();
        for (int i = 0; i < chain.size(); i++)
            position.put(chain.get(i).id(), i);
        return chain;
    }

    /** The last patch of the log: the one no other names as its prev; null for an empty log. */
    synchronized Link tail() {
        refresh();
        Set<String> named = new HashSet<>();
        byId.values().forEach(l -> named.add(l.prev()));
        List<Link> tails = byId.values().stream().filter(l -> !named.contains(l.id())).toList();
        if (tails.size() > 1)
            throw new CurateException(dir + ": the change log forks: " + tails.size() + " patches follow no other");
        return tails.isEmpty() ? null : tails.get(0);
    }

    private Link find(String id) {
        Link l = byId.get(id);
        if (l == null) {
            refresh();
            l = byId.get(id);
        }
        return l;
    }

    private void refresh() {
        List<Path> files = PatchFiles.list(dir);
        Set<Path> present = new HashSet<>(files);
        byFile.keySet().removeIf(f -> !present.contains(f));
        byId.values().removeIf(l -> !present.contains(l.file()));
        for (Path f : files) {
            if (byFile.containsKey(f))
                continue;
            // Only a readable header is kept: a file read while it is still being
            // written has none yet, and must be read again at the next refresh.
            Link l = link(f);
            if (l != null) {
                byFile.put(f, l);
                byId.put(l.id(), l);
            }
        }
    }

    /**
     * The link of a sealed patch; null for one written before patches were sealed,
     * and for a file whose header cannot be read (a patch cut short by a crash).
     */
    static Link link(Path f) {
        PatchHeader h;
        try {
            h = PatchFiles.header(f);
        } catch (CurateException e) {
            return null;
        }
        Node id = h.getId();
        if (id == null || !id.isURI() || SealedPatch.digestOf(id.getURI()) == null)
            return null;
        Node prev = h.getPrevious();
        return new Link(id.getURI(), prev == null ? null : prev.getURI(), Change.instant(h.get(Change.TIME)), f);
    }
}
