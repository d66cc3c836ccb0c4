package io.jenkins.plugins.convex.emulator.state;

import java.util.List;

/**
 * A deploy key's metadata. The secret itself is handed out once at creation and never stored, so
 * no listing can leak it.
 */
public record DeployKey(
        long id,
        long projectId,
        String deploymentName,
        String name,
        long createTime,
        Long expiresAt,
        List<String> allowedActions) {
}
