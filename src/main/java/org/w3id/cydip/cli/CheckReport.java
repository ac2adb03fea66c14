package org.w3id.cydip.cli;

import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cydip.query.OntologyChecks;

/** The ontology checks' failures after the SHACL report, as text or inside its JSON. */
final class CheckReport {
    private CheckReport() {}

    static String text(List<OntologyChecks.Failure> failed) {
        StringBuilder sb = new StringBuilder("\n").append(failed.isEmpty() ? "Ontology checks pass"
                : "Ontology checks fail (" + failed.size() + ")").append('\n');
        for (OntologyChecks.Failure f : failed) {
            sb.append('\n').append("[check] ").append(f.check()).append(" (").append(f.rows().size()).append("): ")
              .append(f.summary()).append('\n');
            f.rows().forEach(row -> sb.append("  - ").append(row).append('\n'));
        }
        return sb.toString();
    }

    /** The SHACL report's JSON with {@code "checks": [{"check", "summary", "rows"}]} added. */
    static String json(String shaclJson, List<OntologyChecks.Failure> failed) {
        JsonObject root = JSON.parse(shaclJson);
        JsonArray checks = new JsonArray();
        for (OntologyChecks.Failure f : failed) {
            JsonObject c = new JsonObject();
            c.put("check", f.check());
            c.put("summary", f.summary());
            JsonArray rows = new JsonArray();
            f.rows().forEach(rows::add);
            c.put("rows", rows);
            checks.add(c);
        }
        root.put("checks", checks);
        return root.toString();
    }
}
