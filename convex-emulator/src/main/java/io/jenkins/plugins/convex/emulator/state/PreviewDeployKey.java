package io.jenkins.plugins.convex.emulator.state;

/** A project-wide preview deploy key's metadata (platform dialect); the secret is never stored. */
public record PreviewDeployKey(long id, long projectId, String name, long createTime, Long expiresAt) {
}
