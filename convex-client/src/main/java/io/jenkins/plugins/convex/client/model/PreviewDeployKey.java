package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/**
 * A project's preview deploy key (live service only), with which the Convex CLI creates or reuses
 * previews by name. {@code key} is present only in the answer to its creation; {@code id} only in
 * listings. {@link #toString()} never shows the key.
 */
public record PreviewDeployKey(String id, String name, String key, Instant createdAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "PreviewDeployKey[id=" + id + ", name=" + name + ", key=" + (key == null ? "null" : "****")
                + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "]";
    }
}
