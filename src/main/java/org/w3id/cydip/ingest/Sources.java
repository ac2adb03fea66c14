package org.w3id.cydip.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * The source documents cited by an import: one {@code cydip:SourceDocument} per
 * distinct URL (or citation text when there is none), at
 * {@code id/source/<first 16 hex digits of SHA-256(key)>}; what is said of each is
 * {@link SourceDescription}'s.
 */
public final class Sources {
    /** A cited document: its key (URL, reference or text) and every cell text that cites it. */
    record Doc(String key, boolean isUrl, Set<String> texts) {}

    private final Map<String, Doc> docs = new TreeMap<>();

    /** The sources of {@code row}'s {@code column} cell, registered; at least one. */
    public List<Node> of(Row row, String column) {
        List<SourceCell.Citation> cited = SourceCell.parse(row.required(column));
        for (SourceCell.Citation c : cited)
            docs.computeIfAbsent(c.key(), k -> new Doc(k, c.isUrl(), new TreeSet<>())).texts().add(c.text());
        return cited.stream().map(c -> node(c.key())).distinct().toList();
    }

    public static Node node(String key) {
        return Cydip.id("source", hash(key));
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes every registered source document into the {@code sources} graph. */
    public void writeTo(Facts facts, SourceDescription describe) {
        for (Doc d : docs.values())
            describe.write(facts.about("sources", node(d.key())), d);
    }
}
