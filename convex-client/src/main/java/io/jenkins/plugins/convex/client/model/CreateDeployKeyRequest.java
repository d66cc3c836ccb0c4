package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/**
 * Body of createDeployKey: the deployment the key is for (required), an optional key name and an
 * optional expiry ({@code expiresAt}, understood only by the live service's dialect; the spec's
 * refuses a request that sets it).
 */
public record CreateDeployKeyRequest(String deploymentName, String keyName, Instant expiresAt) {

    public CreateDeployKeyRequest {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        if (keyName != null) {
            Validation.requireNonBlank("key_name", keyName);
        }
    }

    public CreateDeployKeyRequest(String deploymentName, String keyName) {
        this(deploymentName, keyName, null);
    }
}
