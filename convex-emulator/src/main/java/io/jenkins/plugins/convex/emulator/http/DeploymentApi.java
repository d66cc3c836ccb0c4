package io.jenkins.plugins.convex.emulator.http;

import io.jenkins.plugins.convex.emulator.dialect.DeploymentUrls;
import io.jenkins.plugins.convex.emulator.dialect.VariableChanges;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.state.Deployment;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import java.util.Map;

/**
 * A deployment's own API, {@code /d/<name>/api/v1/...}, as the official {@code createDeploymentClient}
 * calls it: environment variables only. Each request must carry {@code Authorization: Convex <deploy
 * key>} with a valid key of that very deployment (401 otherwise); the same API for both dialects.
 */
final class DeploymentApi {

    private final EmulatorState state;

    DeploymentApi(EmulatorState state) {
        this.state = state;
    }

    /** Whether {@code path} is under a deployment's API. */
    static boolean serves(String path) {
        return path.startsWith(DeploymentUrls.PATH_PREFIX);
    }

    ApiResponse handle(String method, String path, String deployKey, byte[] body) {
        String[] parts = path.substring(DeploymentUrls.PATH_PREFIX.length()).split("/", -1);
        if (parts.length != 4 || !parts[1].equals("api") || !parts[2].equals("v1")) {
            throw ApiError.notFound("NotFound", "No such path: " + path + " (a deployment's API is under /d/<name>/api/v1)");
        }
        String operation = parts[3];
        String expected = switch (operation) {
            case "list_environment_variables" -> "GET";
            case "update_environment_variables" -> "POST";
            default -> throw ApiError.notFound("NotFound", "No such route: " + method + " " + path);
        };
        if (!expected.equals(method)) {
            throw ApiError.methodNotAllowed(method, path + " (allowed: " + expected + ")");
        }
        Deployment deployment = state.authenticateDeployKey(parts[0], deployKey);
        if (operation.equals("list_environment_variables")) {
            Map<String, String> variables = state.environmentVariables(deployment);
            var node = Json.object();
            var map = node.putObject("environmentVariables");
            variables.forEach(map::put);
            return ApiResponse.ok(node);
        }
        // A request of no team: only its body's validating reading is used.
        ApiRequest request = new ApiRequest(0, null, Map.of(), Map.of(), body);
        state.updateEnvironmentVariables(deployment, VariableChanges.read(request.body(), false));
        return ApiResponse.empty();
    }
}
