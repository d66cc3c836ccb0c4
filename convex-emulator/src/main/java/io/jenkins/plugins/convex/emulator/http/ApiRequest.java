package io.jenkins.plugins.convex.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A request a route handles: the caller's team, path parameters, query parameters and the body. */
public final class ApiRequest {

    private final long teamId;
    private final String bearer;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private final byte[] body;

    ApiRequest(long teamId, String bearer, Map<String, String> pathParams, Map<String, String> query, byte[] body) {
        this.teamId = teamId;
        this.bearer = bearer;
        this.pathParams = pathParams;
        this.query = query;
        this.body = body;
    }

    /** The team the bearer token acts for. */
    public long teamId() {
        return teamId;
    }

    /** The bearer token itself, for operations about the token (never to be logged or echoed). */
    public String bearer() {
        return bearer;
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** A path parameter that must be an int64 id; otherwise 400 naming it. */
    public long pathId(String name) {
        String value = pathParams.get(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalidField(name, value, "an integer id");
        }
    }

    public String query(String name) {
        return query.get(name);
    }

    /** The JSON object body; a missing body, malformed JSON or a non-object is a 400. */
    public JsonBody body() {
        if (body.length == 0) {
            throw ApiError.badRequest("MissingBody", "The request needs a JSON object body");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("MalformedJson", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("MalformedJson", "The request body must be a JSON object");
        }
        return new JsonBody(node);
    }

    /** The body if one was sent, else an empty object (for operations whose body is optional). */
    public JsonBody optionalBody() {
        return body.length == 0 ? new JsonBody(Json.object()) : body();
    }
}
