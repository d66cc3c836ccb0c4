package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/** A team access token. {@code token} is only returned at creation; {@link #toString()} never shows it. */
public record AccessToken(String name, String token, Instant createdAt) {

    @Override
    public String toString() {
        return "AccessToken[name=" + name + ", token=" + (token == null ? "null" : "****") + ", createdAt=" + createdAt + "]";
    }
}
