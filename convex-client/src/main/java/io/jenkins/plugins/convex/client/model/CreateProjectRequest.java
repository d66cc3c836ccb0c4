package io.jenkins.plugins.convex.client.model;

/**
 * Body of createProject. {@code name} is required and not blank; without {@code deploymentRegion}
 * no initial production deployment is made. {@code teamId} is optional (the path names the team).
 */
public record CreateProjectRequest(String name, Long teamId, Region deploymentRegion, DeploymentClass deploymentClass) {

    public CreateProjectRequest {
        Validation.requireNonBlank("name", name);
    }

    public static CreateProjectRequest named(String name) {
        return new CreateProjectRequest(name, null, null, null);
    }
}
