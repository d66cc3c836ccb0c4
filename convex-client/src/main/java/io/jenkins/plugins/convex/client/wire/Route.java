package io.jenkins.plugins.convex.client.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One HTTP route of a dialect: the operation it serves (the contract's operationId), the method,
 * a path template relative to the base URL ({@code /teams/{team_id}/create_project}) and its kind.
 */
public record Route(String operation, String method, String pathTemplate, CallKind kind) {

    public static Route read(String operation, String pathTemplate) {
        return new Route(operation, "GET", pathTemplate, CallKind.READ);
    }

    public static Route create(String operation, String pathTemplate) {
        return new Route(operation, "POST", pathTemplate, CallKind.CREATE);
    }

    /** An idempotent change (e.g. {@code PATCH}), retried like a read. */
    public static Route update(String operation, String method, String pathTemplate) {
        return new Route(operation, method, pathTemplate, CallKind.UPDATE);
    }

    /** A delete, sent as POST (both the contract and the live service delete with POST). */
    public static Route delete(String operation, String pathTemplate) {
        return new Route(operation, "POST", pathTemplate, CallKind.DELETE);
    }

    /** A request on this route with the template's placeholders filled, in order, by {@code values}. */
    public WireRequest with(Object... values) {
        List<String> texts = new ArrayList<>();
        Arrays.stream(values).forEach(v -> texts.add(String.valueOf(v)));
        return new WireRequest(this, texts, Map.of(), null);
    }

    /**
     * The path's segments with each {@code {placeholder}} replaced by the next value (unencoded:
     * the transport encodes each segment, so a value can never add a segment).
     */
    public List<String> segments(List<String> values) {
        List<String> out = new ArrayList<>();
        int next = 0;
        for (String part : pathTemplate.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("{") && part.endsWith("}")) {
                if (next >= values.size()) {
                    throw new IllegalArgumentException(operation + ": no value for " + part);
                }
                out.add(values.get(next++));
            } else {
                out.add(part);
            }
        }
        if (next != values.size()) {
            throw new IllegalArgumentException(operation + ": " + values.size() + " values for " + next + " placeholders");
        }
        return out;
    }
}
