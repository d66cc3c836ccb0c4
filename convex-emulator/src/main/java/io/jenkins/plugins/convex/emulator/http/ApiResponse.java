package io.jenkins.plugins.convex.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.Map;

/** What a route answers: a status, a JSON body (null for none) and extra headers. */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {

    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body, Map.of());
    }

    /** 200 with no body, as the delete operations answer. */
    public static ApiResponse empty() {
        return new ApiResponse(200, null, Map.of());
    }

    public static ApiResponse error(ApiError error) {
        return error(error.status(), error.code(), error.getMessage(), Map.of());
    }

    public static ApiResponse error(int status, String code, String message, Map<String, String> headers) {
        return new ApiResponse(status, Json.object().put("code", code).put("message", message), headers);
    }
}
