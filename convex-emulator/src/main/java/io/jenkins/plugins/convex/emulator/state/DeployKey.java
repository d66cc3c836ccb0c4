package io.jenkins.plugins.convex.emulator.state;

import java.util.List;

/**
 * A deploy key's metadata. The secret itself is handed out once at creation; only its SHA-256
 * hash is kept (the live service lets a key be deleted by its secret), so no listing can leak it.
 */
public record DeployKey(
        long id,
        long projectId,
        String deploymentName,
        String name,
        long createTime,
        Long creator,
        Long expiresAt,
        List<String> allowedActions,
        String secretHash) {

    @Override
    public String toString() {
        return "DeployKey[id=" + id + ", deploymentName=" + deploymentName + ", name=" + name + "]";
    }
}
