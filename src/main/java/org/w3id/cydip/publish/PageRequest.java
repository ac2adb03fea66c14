package org.w3id.cydip.publish;

import java.util.Map;

/**
 * What a request for a linked-data document asks for besides its representation.
 *
 * @param documentPath the document's path without extension ({@code /id/state/RUS})
 * @param languages    the reader's languages, best first
 * @param parameters   the request's query parameters (one value each)
 * @param serverBase   where this server answers ({@code http://127.0.0.1:3030})
 */
public record PageRequest(String documentPath, Languages languages, Map<String, String> parameters,
        String serverBase) {
    public PageRequest {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
