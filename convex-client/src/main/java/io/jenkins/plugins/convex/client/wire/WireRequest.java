package io.jenkins.plugins.convex.client.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as a dialect describes it: route, path values, query parameters and a JSON body
 * ({@code null} for none: then no Content-Type is sent either).
 */
public record WireRequest(Route route, List<String> pathValues, Map<String, String> query, JsonNode body) {

    public WireRequest {
        pathValues = List.copyOf(pathValues);
        query = Map.copyOf(query);
    }

    public WireRequest withBody(JsonNode newBody) {
        return new WireRequest(route, pathValues, query, newBody);
    }

    /** Adds a query parameter; a null value is left out. */
    public WireRequest withQuery(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, value);
        return new WireRequest(route, pathValues, q, body);
    }

    public String operation() {
        return route.operation();
    }
}
