package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code /api/docs}: the API reference. The script renders {@code /api/openapi.json}
 * in full; the page itself lists every operation, so it reads without script.
 */
final class ApiPage {
    /** One operation of the API, for the page's own list. */
    record Operation(String id, String method, String path, String summary, List<String> parameters, boolean secured) {}

    private ApiPage() {}

    static Rendered render(PageContext ctx, String openApiJson) {
        Map<String, Object> m = ctx.model("api");
        m.put("operations", operations(openApiJson));
        return Rendered.ok(ctx.render("api", m));
    }

    static List<Operation> operations(String openApiJson) {
        JsonObject doc = JSON.parse(openApiJson);
        List<Operation> out = new ArrayList<>();
        JsonObject paths = doc.getObj("paths");
        for (String path : paths.keys()) {
            JsonObject item = paths.getObj(path);
            for (String method : item.keys()) {
                JsonObject op = item.get(method).getAsObject();
                out.add(new Operation(op.hasKey("operationId") ? op.getString("operationId") : method + path,
                        method.toUpperCase(Locale.ROOT), path, op.hasKey("summary") ? op.getString("summary") : "",
                        names(op.get("parameters")), op.hasKey("security")));
            }
        }
        return out;
    }

    private static List<String> names(JsonValue parameters) {
        List<String> out = new ArrayList<>();
        if (parameters instanceof JsonArray a)
            for (JsonValue p : a)
                if (p.isObject() && p.getAsObject().hasKey("name"))
                    out.add(p.getAsObject().getString("name"));
        return out;
    }
}
