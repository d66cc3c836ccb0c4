package io.jenkins.plugins.convex.emulator.dialect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.http.ApiRequest;
import io.jenkins.plugins.convex.emulator.http.ApiResponse;
import io.jenkins.plugins.convex.emulator.http.Json;
import io.jenkins.plugins.convex.emulator.http.Router;
import io.jenkins.plugins.convex.emulator.state.AccessToken;
import io.jenkins.plugins.convex.emulator.state.DefaultVariable;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live service's project default environment variables and team access token listing and
 * deletion, with their JSON (camelCase, epoch milliseconds), as the official client 0.1.10 types them.
 */
final class PlatformVariablesAndTokens {

    private final EmulatorState state;

    PlatformVariablesAndTokens(EmulatorState state) {
        this.state = state;
    }

    void register(Router router) {
        router.get("/projects/{project_id}/list_default_environment_variables", this::listDefaults)
                .post("/projects/{project_id}/update_default_environment_variables", this::updateDefaults)
                .get("/teams/{team_id}/list_access_tokens", this::listAccessTokens)
                .post("/teams/{team_id}/delete_access_token", this::deleteAccessToken);
    }

    /** One item per name and value, with every type that has it ({@code ?deploymentType} and {@code ?name} filter). */
    private ApiResponse listDefaults(ApiRequest request) {
        String type = request.query("deploymentType");
        if (type != null && !PlatformDialect.DEPLOYMENT_TYPES.contains(type)) {
            throw ApiError.invalidField("deploymentType", type, "one of " + String.join(", ", PlatformDialect.DEPLOYMENT_TYPES));
        }
        String name = request.query("name");
        Map<List<String>, List<String>> typesByNameAndValue = new LinkedHashMap<>();
        for (DefaultVariable v : state.defaultVariables(request.teamId(), request.pathId("project_id"))) {
            if ((type == null || type.equals(v.deploymentType())) && (name == null || name.equals(v.name()))) {
                typesByNameAndValue.computeIfAbsent(List.of(v.name(), v.value()), k -> new ArrayList<>()).add(v.deploymentType());
            }
        }
        List<Map.Entry<List<String>, List<String>>> items = new ArrayList<>(typesByNameAndValue.entrySet());
        return ApiResponse.ok(Page.of(request, items, e -> {
            ObjectNode item = Json.object().put("name", e.getKey().get(0)).put("value", e.getKey().get(1));
            ArrayNode types = item.putArray("deploymentTypes");
            e.getValue().forEach(types::add);
            return item;
        }));
    }

    private ApiResponse updateDefaults(ApiRequest request) {
        long projectId = request.pathId("project_id");
        state.updateDefaultVariables(request.teamId(), projectId, VariableChanges.read(request.body(), true));
        return ApiResponse.empty();
    }

    private ApiResponse listAccessTokens(ApiRequest request) {
        List<AccessToken> tokens = state.accessTokens(request.teamId(), request.pathId("team_id"));
        return ApiResponse.ok(Page.of(request, tokens, t -> {
            ObjectNode node = Json.object().put("id", t.id()).put("name", t.name()).put("creationTime", t.createTime());
            if (t.expiresAt() != null) {
                node.put("expiresAt", t.expiresAt());
            }
            return node;
        }));
    }

    private ApiResponse deleteAccessToken(ApiRequest request) {
        state.deleteAccessToken(request.teamId(), request.pathId("team_id"), request.body().requiredText("id"));
        return ApiResponse.empty();
    }

    /** The live rule for new access tokens: an expiry, when given, at least 30 minutes ahead. */
    static void requireAccessTokenExpiry(Long expiresAt, long now) {
        if (expiresAt != null && expiresAt < now + 30 * 60 * 1000L) {
            throw ApiError.invalidField("expiresAt", expiresAt, "a time at least 30 minutes in the future, in epoch milliseconds");
        }
    }
}
