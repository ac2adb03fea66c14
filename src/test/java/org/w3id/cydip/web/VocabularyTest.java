package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

class VocabularyTest extends ServedRealGraph {
    static Map<String, String> byIri(JsonArray terms) {
        return terms.stream().map(JsonValue::getAsObject)
                .collect(Collectors.toMap(o -> o.getString("iri"), o -> o.getString("label")));
    }

    @Test
    void the_vocabulary_lists_cydips_prefixes_classes_and_properties_with_labels() {
        JsonObject v = JSON.parse(server.get("/api/vocabulary").body());
        assertEquals("https://w3id.org/cydip/ontology#", v.getObj("prefixes").getString("cydip"));
        Map<String, String> classes = byIri(v.get("classes").getAsArray());
        assertEquals("state", classes.get("https://w3id.org/cydip/ontology#State").toLowerCase());
        assertTrue(classes.containsKey("http://www.w3.org/2004/02/skos/core#Concept"), "classes the data uses (VoID)");
        Map<String, String> properties = byIri(v.get("properties").getAsArray());
        assertTrue(properties.containsKey("https://w3id.org/cydip/ontology#voter"));
        assertTrue(properties.containsKey("http://www.w3.org/2000/01/rdf-schema#label"), "properties the data uses");
    }

    @Test
    void the_vocabulary_maps_states_to_their_un_m49_codes() {
        JsonObject states = JSON.parse(server.get("/api/vocabulary").body()).getObj("states");
        assertEquals("643", states.getString("RUS"));
        assertEquals("360", states.getString("IDN"));
    }
}
