package io.jenkins.plugins.convex.emulator.state;

/** What a caller asks for when creating a deployment; already validated by the dialect. */
public record NewDeployment(String deploymentType, String region, String deploymentClass, String reference, Long expiresAt) {

    public static NewDeployment of(String deploymentType, String region, String deploymentClass) {
        return new NewDeployment(deploymentType, region, deploymentClass, null, null);
    }
}
