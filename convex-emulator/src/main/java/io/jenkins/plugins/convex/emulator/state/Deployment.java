package io.jenkins.plugins.convex.emulator.state;

/**
 * A cloud deployment. Times are epoch milliseconds; {@code reference} and {@code expiresAt} may be
 * null (the spec dialect has neither).
 */
public record Deployment(
        long id,
        long projectId,
        String name,
        String deploymentType,
        String deploymentClass,
        String region,
        long createTime,
        Long creator,
        String reference,
        Long expiresAt) {

    public boolean isOfType(String type) {
        return deploymentType.equals(type);
    }

    public Deployment withReference(String newReference) {
        return new Deployment(id, projectId, name, deploymentType, deploymentClass, region, createTime, creator, newReference, expiresAt);
    }

    public Deployment withExpiresAt(Long newExpiresAt) {
        return new Deployment(id, projectId, name, deploymentType, deploymentClass, region, createTime, creator, reference, newExpiresAt);
    }
}
