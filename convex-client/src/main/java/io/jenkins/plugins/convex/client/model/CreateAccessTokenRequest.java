package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/**
 * Body of createAccessToken: a name, required and not blank, and an optional expiry (live service
 * only; it must lie at least 30 minutes ahead when sent, which the platform dialect checks).
 */
public record CreateAccessTokenRequest(String name, Instant expiresAt) {

    public CreateAccessTokenRequest {
        Validation.requireNonBlank("name", name);
    }

    /** A token that never expires. */
    public CreateAccessTokenRequest(String name) {
        this(name, null);
    }
}
