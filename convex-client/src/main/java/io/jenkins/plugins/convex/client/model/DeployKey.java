package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/** A deploy key. {@code key} is present only in the answer to its creation; {@link #toString()} never shows it. */
public record DeployKey(String name, String deploymentName, String key, Instant createdAt) {

    @Override
    public String toString() {
        return "DeployKey[name=" + name + ", deploymentName=" + deploymentName
                + ", key=" + (key == null ? "null" : "****") + ", createdAt=" + createdAt + "]";
    }
}
