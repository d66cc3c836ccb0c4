package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.time.Instant;

/**
 * Body of updateDeployment (live service only): a new expiry and/or a new reference. At least one
 * must be set; {@code reference} follows {@link DeploymentReference}'s rules.
 */
public record UpdateDeploymentRequest(Instant expiresAt, String reference) {

    public UpdateDeploymentRequest {
        if (expiresAt == null && reference == null) {
            throw new InvalidInputException("expires_at", null, "an expiry or a reference to change (give at least one)");
        }
        if (reference != null) {
            DeploymentReference.require("reference", reference);
        }
    }

    public static UpdateDeploymentRequest expiresAt(Instant when) {
        return new UpdateDeploymentRequest(when, null);
    }
}
