package org.w3id.cydip.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code curated/publishers.csv}: who publishes the documents of a host, and what kind
 * of source they are, each row with where that can be checked ({@code source}).
 *
 * <p>{@code host} is a host name ({@code un.org}, which also covers its subdomains unless
 * one has its own row), {@code github:owner/repo} or {@code npm:package}. The publisher is
 * the actor {@code org_id} of {@code actors/organisations.csv} when it is one, else
 * {@code id/publisher/<publisher_id>} labelled {@code publisher}; a row may give only a
 * kind. {@code kind} is one of {@link #KINDS}.
 */
final class Publishers {
    static final String TABLE = "curated/publishers.csv";
    static final Set<String> KINDS = Set.of("official", "dataset", "scholarly", "news", "other");

    /** A publisher row: the publisher's node and name (both null when the row gives only a kind) and the kind's concept. */
    record Publisher(Node node, String name, Node kind) {}

    private final Map<String, Publisher> byHost = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    Publishers(Ingest in) {
        Map<String, Row> seen = new HashMap<>();
        for (Row r : in.table(TABLE)) {
            String host = r.required("host").toLowerCase(java.util.Locale.ROOT);
            Row before = seen.putIfAbsent(host, r);
            if (before != null)
                throw r.error("host", "\"" + host + "\" already has a row (line " + before.line() + ")");
            String kind = r.required("kind");
            if (!KINDS.contains(kind))
                throw r.error("kind", "expected one of " + new java.util.TreeSet<>(KINDS) + ", found \"" + kind + "\"");
            List<Node> sources = in.sources().of(r, "source");
            byHost.put(host, new Publisher(publisher(in, r, sources), r.get("publisher"), Terms.concept("source-kind", kind)));
        }
    }

    private Node publisher(Ingest in, Row r, List<Node> sources) {
        if (r.has("org_id")) {
            if (!r.has("publisher"))
                throw r.error("publisher", "empty value (the organisation's name, used in labels)");
            return in.actors().org(r, "org_id").node();
        }
        if (!r.has("publisher")) {
            if (r.has("publisher_id"))
                throw r.error("publisher", "empty value while publisher_id is \"" + r.get("publisher_id") + "\"");
            return null;
        }
        String id = r.required("publisher_id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            throw r.error("publisher_id", "expected lower-case words joined by hyphens, found \"" + id + "\"");
        String name = names.putIfAbsent(id, r.get("publisher"));
        if (name != null && !name.equals(r.get("publisher")))
            throw r.error("publisher", "publisher_id \"" + id + "\" is named \"" + name + "\" in another row");
        Node node = Cydip.id("publisher", id);
        in.facts().about(KIND, node).a(Terms.FOAF_ORGANIZATION).en(Terms.LABEL, r.get("publisher"))
                .addAll(Cydip.source, sources);
        return node;
    }

    static final String KIND = "sources";

    /** The row for the document known by {@code key}: its host's (or a parent domain's), its repository's or its package's. */
    Optional<Publisher> of(String key) {
        for (String name : names(key)) {
            Publisher p = byHost.get(name);
            if (p != null)
                return Optional.of(p);
        }
        return Optional.empty();
    }

    private static List<String> names(String key) {
        List<String> names = new ArrayList<>();
        if (key.startsWith("http")) {
            String host = SourceLabel.host(key);
            for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1))
                names.add(h);
        } else if (key.startsWith("github:")) {
            names.add(("github:" + key.substring(7).split(":", 2)[0]).toLowerCase(java.util.Locale.ROOT));
            names.add("github.com");
        } else if (key.matches("[A-Za-z0-9_.-]+@[0-9].*")) {
            names.add("npm:" + key.substring(0, key.indexOf('@')).toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }
}
