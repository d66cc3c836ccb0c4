package io.jenkins.plugins.convex.preview.keys;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import java.time.Instant;
import java.util.Objects;

/**
 * Deploy keys made for one build, so that they do not pile up: on the live service's dialect a key
 * can carry an expiry ({@code expiresAt}) and be deleted by name when the build's block ends
 * ({@code delete_deploy_key}). The spec's dialect has neither: there {@link #canDelete()} is false and
 * an expiry is refused before any request.
 */
public final class BuildDeployKeys {

    private final ConvexClient client;

    public BuildDeployKeys(ConvexClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** True when keys can be deleted (and given an expiry): the live service's dialect. */
    public boolean canDelete() {
        return client.dialect() == ApiDialect.PLATFORM;
    }

    /**
     * Creates a key for {@code deploymentName} named {@code keyName}, expiring at {@code expiresAt}
     * (null: never). The key is returned, never stored; {@link DeployKey#toString()} masks it.
     */
    public DeployKey create(long projectId, String deploymentName, String keyName, Instant expiresAt) {
        return client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, keyName, expiresAt));
    }

    /**
     * Deletes the key named {@code keyName} of {@code deploymentName}. Returns false when this dialect
     * cannot delete keys (nothing is sent); a key or deployment already gone counts as deleted.
     */
    public boolean delete(String deploymentName, String keyName) {
        if (!canDelete()) {
            return false;
        }
        deleteIfPresent(deploymentName, keyName);
        return true;
    }

    /**
     * As {@link #delete} where the dialect can delete keys: true when this call deleted the key, false when
     * the key or its deployment was already gone (an expired key, a deleted preview: the goal is reached).
     */
    public boolean deleteIfPresent(String deploymentName, String keyName) {
        if (!canDelete()) {
            throw new IllegalStateException("the " + client.dialect() + " API dialect cannot delete deploy keys");
        }
        try {
            client.deleteDeployKey(deploymentName, keyName);
            return true;
        } catch (NotFoundException alreadyGone) {
            return false;
        }
    }
}
