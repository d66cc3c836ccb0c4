package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.time.Instant;

/**
 * Body of createCloudDeployment. {@code deploymentType} and {@code region} are required.
 * {@code reference} and {@code expiresAt} are understood only by dialects that have them (the live
 * service's); a dialect without them refuses a request that sets them.
 */
public record CreateCloudDeploymentRequest(
        DeploymentType deploymentType,
        Region region,
        DeploymentClass deploymentClass,
        String reference,
        Instant expiresAt) {

    public CreateCloudDeploymentRequest {
        if (deploymentType == null) {
            throw new InvalidInputException("deployment_type", null, "one of " + WireEnum.allowed(DeploymentType.class));
        }
        if (region == null) {
            throw new InvalidInputException("region", null, "one of " + WireEnum.allowed(Region.class));
        }
    }

    public static CreateCloudDeploymentRequest of(DeploymentType type, Region region, DeploymentClass deploymentClass) {
        return new CreateCloudDeploymentRequest(type, region, deploymentClass, null, null);
    }
}
