package io.jenkins.plugins.convex.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.convex.emulator.RecordedRequest;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.faults.Fault;
import io.jenkins.plugins.convex.emulator.faults.FaultRegistry;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point of the HTTP server. For /v1 (and a deployment's own API under /d/): record the
 * request, apply any injected fault, find the route (404/405), authenticate (401), run the operation.
 * Every refusal is a JSON {@code {"code","message"}} body.
 */
public final class EmulatorHandler implements HttpHandler {

    private static final String API_PREFIX = "/v1";

    private final Router router;
    private final EmulatorState state;
    private final FaultRegistry faults;
    private final RequestLog log;
    private final AdminEndpoints admin;
    private final DeploymentApi deploymentApi;

    public EmulatorHandler(Router router, EmulatorState state, FaultRegistry faults, RequestLog log) {
        this.router = router;
        this.state = state;
        this.faults = faults;
        this.log = log;
        this.admin = new AdminEndpoints(faults, log);
        this.deploymentApi = new DeploymentApi(state);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/")) {
                handleApi(exchange, method, path);
            } else if (DeploymentApi.serves(path)) {
                handleDeploymentApi(exchange, method, path);
            } else if (path.startsWith("/_emulator/")) {
                Exchanges.send(exchange, safely(() -> admin.handle(method, path, Exchanges.readBody(exchange))));
            } else {
                Exchanges.send(exchange, ApiResponse.error(ApiError.notFound("NotFound", "No such path: " + path + " (the API is under /v1)")));
            }
        } finally {
            exchange.close();
        }
    }

    private void handleApi(HttpExchange exchange, String method, String path) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (recordedAndFaulted(exchange, method, path)) {
            return;
        }
        byte[] body = Exchanges.readBody(exchange);
        String relative = path.substring(API_PREFIX.length());
        Exchanges.send(exchange, safely(() -> {
            Router.Match match = router.match(method, relative);
            String bearer = Exchanges.bearer(exchange);
            long teamId = state.authenticate(bearer);
            ApiRequest request = new ApiRequest(teamId, bearer, match.pathParams(), Exchanges.query(rawQuery), body);
            return match.handler().handle(request);
        }));
    }

    private void handleDeploymentApi(HttpExchange exchange, String method, String path) throws IOException {
        if (recordedAndFaulted(exchange, method, path)) {
            return;
        }
        byte[] body = Exchanges.readBody(exchange);
        String deployKey = Exchanges.credential(exchange, "Convex");
        Exchanges.send(exchange, safely(() -> deploymentApi.handle(method, path, deployKey, body)));
    }

    /** Records the request and applies an injected fault, if any; true when the fault answered it. */
    private boolean recordedAndFaulted(HttpExchange exchange, String method, String path) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        log.add(new RecordedRequest(method, path, rawQuery == null ? "" : rawQuery));
        Optional<Fault> fault = faults.take(method, path);
        if (fault.isEmpty()) {
            return false;
        }
        Fault f = fault.get();
        sleep(f.delayMs());
        if (f.drop()) {
            Exchanges.drop(exchange);
            return true;
        }
        if (f.status() == null) {
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (f.retryAfter() != null) {
            headers.put("Retry-After", Integer.toString(f.retryAfter()));
        }
        Exchanges.send(exchange, ApiResponse.error(f.status(), "InjectedFault",
                "Injected fault: status " + f.status() + " for " + method + " " + path, headers));
        return true;
    }

    private interface Action {
        ApiResponse run() throws IOException;
    }

    private static ApiResponse safely(Action action) {
        try {
            return action.run();
        } catch (ApiError e) {
            return ApiResponse.error(e);
        } catch (IOException | RuntimeException e) {
            return ApiResponse.error(500, "InternalError", "The emulator failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), Map.of());
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
