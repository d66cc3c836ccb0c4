package io.jenkins.plugins.convex.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.convex.emulator.RecordedRequest;
import io.jenkins.plugins.convex.emulator.error.ApiError;
import io.jenkins.plugins.convex.emulator.faults.Fault;
import io.jenkins.plugins.convex.emulator.faults.FaultRegistry;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The emulator's own endpoints outside /v1 (no token needed): fault injection and the request log.
 * <pre>
 * POST   /_emulator/faults    {"method","path_regex","status","times","retry_after","delay_ms","drop"}
 * GET    /_emulator/faults    the faults in force
 * DELETE /_emulator/faults    clears them
 * GET    /_emulator/requests  the /v1 request log;  DELETE clears it
 * </pre>
 */
final class AdminEndpoints {

    private final FaultRegistry faults;
    private final RequestLog log;

    AdminEndpoints(FaultRegistry faults, RequestLog log) {
        this.faults = faults;
        this.log = log;
    }

    ApiResponse handle(String method, String path, byte[] body) {
        switch (path.replaceAll("/+$", "")) {
            case "/_emulator/faults":
                switch (method) {
                    case "POST":
                        return ApiResponse.ok(describe(addFault(new ApiRequest(0, null, Map.of(), Map.of(), body).body()), null));
                    case "GET":
                        ArrayNode active = Json.array();
                        faults.active().forEach(e -> active.add(describe(e.getKey(), e.getValue())));
                        return ApiResponse.ok(active);
                    case "DELETE":
                        faults.clear();
                        return ApiResponse.empty();
                    default:
                        throw ApiError.methodNotAllowed(method, path + " (allowed: DELETE, GET, POST)");
                }
            case "/_emulator/requests":
                switch (method) {
                    case "GET":
                        ArrayNode requests = Json.array();
                        log.all().forEach(r -> requests.add(describe(r)));
                        return ApiResponse.ok(requests);
                    case "DELETE":
                        log.clear();
                        return ApiResponse.empty();
                    default:
                        throw ApiError.methodNotAllowed(method, path + " (allowed: DELETE, GET)");
                }
            default:
                throw ApiError.notFound("NotFound", "No such emulator endpoint: " + method + " " + path);
        }
    }

    private Fault addFault(JsonBody body) {
        String method = body.optionalString("method");
        String regex = body.optionalString("path_regex");
        Pattern pattern;
        try {
            pattern = regex == null ? null : Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw ApiError.invalidField("path_regex", regex, "a Java regular expression (" + e.getDescription() + ")");
        }
        Long status = body.optionalLong("status");
        if (status != null && (status < 100 || status > 599)) {
            throw ApiError.invalidField("status", status, "an HTTP status between 100 and 599");
        }
        Long times = body.optionalLong("times");
        if (times != null && (times == 0 || times < Fault.UNTIL_CLEARED || times > Integer.MAX_VALUE)) {
            throw ApiError.invalidField("times", times, "a positive count, or -1 for until cleared");
        }
        Long retryAfter = body.optionalLong("retry_after");
        if (retryAfter != null && (retryAfter < 0 || retryAfter > Integer.MAX_VALUE)) {
            throw ApiError.invalidField("retry_after", retryAfter, "seconds, zero or more");
        }
        Long delayMs = body.optionalLong("delay_ms");
        if (delayMs != null && (delayMs < 0 || delayMs > 600_000)) {
            throw ApiError.invalidField("delay_ms", delayMs, "milliseconds between 0 and 600000");
        }
        boolean drop = Boolean.TRUE.equals(body.optionalBoolean("drop"));
        if (status == null && drop == false && (delayMs == null || delayMs == 0)) {
            throw ApiError.badRequest("MissingField", "A fault needs one of 'status', 'delay_ms' or 'drop'");
        }
        return faults.add(method, pattern, status == null ? null : status.intValue(), times == null ? 1 : times.intValue(),
                retryAfter == null ? null : retryAfter.intValue(), delayMs == null ? 0 : delayMs, drop);
    }

    private static ObjectNode describe(Fault f, Integer remaining) {
        ObjectNode node = Json.object().put("id", f.id());
        node.put("method", f.method());
        node.put("path_regex", f.pathRegex() == null ? null : f.pathRegex().pattern());
        node.put("status", f.status());
        node.put("times", f.times());
        node.put("retry_after", f.retryAfter());
        node.put("delay_ms", f.delayMs());
        node.put("drop", f.drop());
        if (remaining != null) {
            node.put("remaining", remaining);
        }
        return node;
    }

    private static ObjectNode describe(RecordedRequest r) {
        return Json.object().put("method", r.method()).put("path", r.path()).put("query", r.query());
    }
}
