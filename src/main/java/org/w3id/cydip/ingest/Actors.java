package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/** The states and organisations of the graph, and the names the tables call them by. */
public final class Actors {
    /** An actor: its node and the key its act IRIs use (ISO3 for states, the id for organisations). */
    public record Actor(Node node, String key) {}

    private final Set<String> states = new TreeSet<>();
    private final Set<String> orgs = new TreeSet<>();
    private final Map<String, Actor> byName = new HashMap<>();

    void addState(String iso3, String... names) {
        states.add(iso3);
        for (String n : names)
            if (n != null && !n.isBlank())
                byName.putIfAbsent(n, state(iso3));
    }

    void addOrganisation(String id, String... names) {
        orgs.add(id);
        for (String n : names)
            byName.putIfAbsent(n, org(id));
    }

    void addName(String name, String orgId) {
        byName.put(name, org(orgId));
    }

    public boolean isOrganisation(String id) {
        return orgs.contains(id);
    }

    public static Actor state(String iso3) {
        return new Actor(Cydip.id("state", iso3), iso3);
    }

    public static Actor org(String id) {
        return new Actor(Cydip.id("org", id), id);
    }

    /** The state of {@code column}, which must be a known ISO3 code. */
    public Actor state(Row row, String column) {
        String iso3 = row.required(column);
        if (!states.contains(iso3))
            throw row.error(column, "unknown state \"" + iso3 + "\" (not in actors/states.csv)");
        return state(iso3);
    }

    /** The organisation of {@code column}, which must be an id in actors/organisations.csv. */
    public Actor org(Row row, String column) {
        String id = row.required(column);
        if (!orgs.contains(id))
            throw row.error(column, "unknown organisation \"" + id + "\" (not in actors/organisations.csv)");
        return org(id);
    }

    /** The state of {@code isoColumn} or, when it is blank, the actor named in {@code nameColumn}; null if unknown. */
    public Actor actor(Row row, String isoColumn, String nameColumn) {
        return row.has(isoColumn) ? state(row, isoColumn) : byName.get(row.get(nameColumn));
    }

    /** The actor called exactly {@code name} (a UN M49 English name, an English alternative name, or a curated name). */
    public Actor named(String name) {
        return byName.get(name);
    }
}
