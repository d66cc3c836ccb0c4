package io.jenkins.plugins.convex.client.error;

import java.time.Duration;

/** HTTP 429, after the client's retries ran out. {@link #retryAfter()} is the server's Retry-After, if any. */
public class RateLimitedException extends ConvexApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String operation, String serverCode, String serverMessage, String hint, Duration retryAfter) {
        super(operation, 429, serverCode, serverMessage, hint, null);
        this.retryAfter = retryAfter;
    }

    /** The server's Retry-After, or null when it sent none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
