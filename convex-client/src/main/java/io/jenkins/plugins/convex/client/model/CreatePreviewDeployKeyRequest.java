package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/** Body of createPreviewDeployKey (live service only): a name, and an optional expiry. */
public record CreatePreviewDeployKeyRequest(String name, Instant expiresAt) {

    public CreatePreviewDeployKeyRequest {
        Validation.requireNonBlank("name", name);
    }
}
