package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/**
 * A team access token as listed (live service only): its metadata, never its value. {@code id} is
 * what deleteAccessToken takes (besides the name).
 */
public record AccessTokenInfo(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
