package io.jenkins.plugins.convex.client.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends a dialect's requests. Implementations add authentication and headers, retry as the
 * route's {@link CallKind} allows and map failures to
 * {@link io.jenkins.plugins.convex.client.error.ConvexApiException}s naming the route's operation.
 */
public interface WireTransport {

    /**
     * Sends {@code request} and returns the response body as a JSON tree: a
     * {@link com.fasterxml.jackson.databind.node.MissingNode} when the body is empty (and for a
     * delete that found its target already gone after a retry).
     */
    JsonNode send(WireRequest request);
}
