package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/**
 * A deployment as the server describes it. Enum-valued fields keep the server's text (an unknown
 * value must not break parsing); use {@link #type()} for the typed value when it is known.
 * {@code reference}, {@code createTime} and {@code expiresAt} are only sent by dialects that have them
 * (null otherwise).
 */
public record Deployment(
        long id,
        String name,
        String deploymentType,
        String deploymentClass,
        String region,
        Long projectId,
        String url,
        String reference,
        Instant createTime,
        Instant expiresAt) {

    /** The deployment type, or null when the server sent a value this client does not know. */
    public DeploymentType type() {
        for (DeploymentType t : DeploymentType.values()) {
            if (t.wireValue().equals(deploymentType)) {
                return t;
            }
        }
        return null;
    }

    public boolean isPreview() {
        return DeploymentType.PREVIEW.wireValue().equals(deploymentType);
    }
}
