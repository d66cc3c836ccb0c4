package io.jenkins.plugins.convex.preview.keys;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Team access tokens made for one build's block, so that none outlives it: on the live service's
 * dialect a token carries an expiry (at least {@link #MIN_LIFETIME} ahead) and is deleted by its name
 * (unique: the block chose it) when the block ends. The spec's dialect has neither: there
 * {@link #canDelete()} is false and the token stays.
 */
public final class BuildAccessTokens {

    /** The live service refuses an expiry nearer than this. */
    public static final Duration MIN_LIFETIME = Duration.ofMinutes(30);

    private final ConvexClient client;

    public BuildAccessTokens(ConvexClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** True when tokens can be deleted and given an expiry: the live service's dialect. */
    public boolean canDelete() {
        return client.dialect() == ApiDialect.PLATFORM;
    }

    /** Creates token {@code name} for the team, expiring at {@code expiresAt} (null: never). Returned, never stored. */
    public AccessToken create(long teamId, String name, Instant expiresAt) {
        return client.createAccessToken(teamId, new CreateAccessTokenRequest(name, expiresAt));
    }

    /**
     * Deletes the team's tokens named {@code name} (found by listing, deleted by id). Returns false when
     * this dialect cannot delete tokens (nothing is sent); no such token counts as deleted.
     */
    public boolean delete(long teamId, String name) {
        if (!canDelete()) {
            return false;
        }
        for (AccessTokenInfo token : client.listAccessTokens(teamId)) {
            if (token.name().equals(name)) {
                try {
                    client.deleteAccessToken(teamId, token.id());
                } catch (NotFoundException alreadyGone) {
                    // Expired or deleted meanwhile: the goal is reached.
                }
            }
        }
        return true;
    }
}
