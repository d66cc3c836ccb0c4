package io.jenkins.plugins.convex.emulator.state;

/**
 * A cloud deployment. Times are epoch milliseconds; {@code expiresAt} may be null.
 * {@code isDefault} is the live service's explicit flag; null (deployments made through the spec
 * dialect) means "the oldest remaining deployment of its type is the default".
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
        Long expiresAt,
        Boolean isDefault) {

    public boolean isOfType(String type) {
        return deploymentType.equals(type);
    }

    public Deployment withReference(String newReference) {
        return new Deployment(id, projectId, name, deploymentType, deploymentClass, region, createTime, creator, newReference, expiresAt, isDefault);
    }

    public Deployment withExpiresAt(Long newExpiresAt) {
        return new Deployment(id, projectId, name, deploymentType, deploymentClass, region, createTime, creator, reference, newExpiresAt, isDefault);
    }

    public Deployment withClass(String newClass) {
        return new Deployment(id, projectId, name, deploymentType, newClass, region, createTime, creator, reference, expiresAt, isDefault);
    }

    public Deployment withDefault(Boolean newDefault) {
        return new Deployment(id, projectId, name, deploymentType, deploymentClass, region, createTime, creator, reference, expiresAt, newDefault);
    }
}
