package org.w3id.cydip.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.cydip.ingest.Row;
import org.w3id.cydip.ingest.SourceCell;
import org.w3id.cydip.ingest.Sources;
import org.w3id.cydip.ingest.Table;

/** Each fact's sources sit on the fact: a name's on the name, a dispute side's date on the side. */
class ProvenanceGrainTest {

    @Test
    void every_alternative_name_carries_its_own_row_sources() {
        List<String> missing = new ArrayList<>();
        int names = 0;
        for (Row r : Table.read(Path.of("data/sources"), "actors/state_altlabels.csv")) {
            String iso3 = r.get("iso3");
            String lang = r.get("lang");
            String label = r.get("label").replace("\\", "\\\\").replace("\"", "\\\"");
            if (LoadedGraph.count("""
                    SELECT (COUNT(*) AS ?n) WHERE { id:state\\/%s skos:prefLabel "%s"@%s }""".formatted(iso3, label, lang)) > 0)
                continue;
            names++;
            for (SourceCell.Citation c : SourceCell.parse(r.get("source")))
                if (LoadedGraph.count("""
                        PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#>
                        SELECT (COUNT(*) AS ?n) WHERE {
                          id:state\\/%s skos:altLabel "%s"@%s ; skosxl:altLabel ?name .
                          ?name skosxl:literalForm "%s"@%s ; cydip:source <%s> }"""
                        .formatted(iso3, label, lang, label, lang, Sources.node(c.key()).getURI())) != 1)
                    missing.add(r.file() + ":" + r.line());
        }
        assertTrue(names > 100, "suspiciously few alternative names: " + names);
        assertEquals(List.of(), missing);
    }

    @Test
    void no_alternative_name_repeats_the_preferred_label() {
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?x skos:altLabel ?l ; skos:prefLabel ?l }"""));
    }

    @Test
    void every_dispute_side_is_dated_at_its_precision() {
        assertTrue(LoadedGraph.count("SELECT (COUNT(*) AS ?n) WHERE { ?side cydip:inDispute ?d }") > 50);
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?side cydip:inDispute ?d
                  FILTER NOT EXISTS { ?side cydip:date ?date ; cydip:latestDay ?day }
                  FILTER NOT EXISTS { ?side cydip:startDate ?start ; cydip:endDate ?end FILTER (STR(?start) < STR(?end)) } }"""));
        assertEquals(1, LoadedGraph.count("""
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT (COUNT(*) AS ?n) WHERE {
                  id:position\\/CUB\\/dispute\\/gge-2017-failure cydip:date "2017"^^xsd:gYear }"""));
    }

    @Test
    void no_dispute_note_names_an_internal_table() {
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/cydip/graph/disputes> { ?x cydip:note ?note }
                  FILTER (CONTAINS(?note, ".csv") || CONTAINS(?note, "SOURCES.md")) }"""));
    }
}
