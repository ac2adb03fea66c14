package org.w3id.cydip.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/** What the mappers share during one import: the tables, the output, the sources, the actors, the gaps. */
public final class Ingest {
    private final Path dir;
    private final Facts facts = new Facts();
    private final Sources sources = new Sources();
    private final Actors actors = new Actors();
    private final TreeSet<String> instruments = new TreeSet<>();
    private final List<String> gaps = new ArrayList<>();
    private final Map<Node, String> tables = new HashMap<>();

    public Ingest(Path sourcesDir) {
        this.dir = sourcesDir;
    }

    /** The folder of the source tables. */
    public Path dir() {
        return dir;
    }

    public List<Row> table(String name) {
        return Table.read(dir, name);
    }

    public Facts facts() {
        return facts;
    }

    public Sources sources() {
        return sources;
    }

    public Actors actors() {
        return actors;
    }

    /** Statements about {@code s} in graph {@code kind}, with the sources of {@code row}. */
    public Facts.Subject fact(String kind, Node s, Row row) {
        tables.putIfAbsent(s, row.file());
        return facts.about(kind, s).addAll(Cydip.source, sources.of(row, "source"));
    }

    /** Records that {@code key} names an instrument of the graph. */
    public Node instrument(String key) {
        instruments.add(key);
        return Cydip.id("instrument", key);
    }

    public boolean hasInstrument(String key) {
        return instruments.contains(key);
    }

    /** The instrument named in {@code column}, which must have been imported already. */
    public Node knownInstrument(Row row, String column) {
        String key = row.required(column);
        if (!instruments.contains(key))
            throw row.error(column, "unknown instrument \"" + key + "\" (not in curated/instruments.csv)");
        return Cydip.id("instrument", key);
    }

    /** Notes a row left out because something in it cannot be mapped. */
    public void gap(Row row, String what) {
        gaps.add(row.file() + ":" + row.line() + ": " + what);
    }

    /** The source table whose row first made each subject. */
    public Map<Node, String> tables() {
        return tables;
    }

    public List<String> gaps() {
        return gaps;
    }
}
