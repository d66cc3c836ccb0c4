package io.jenkins.plugins.convex.preview;

/**
 * A delete refused because the deployment is not of type {@code preview} and production
 * deployments were not allowed. Checked on the server, before anything is deleted.
 */
public class NotAPreviewDeploymentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String deploymentName;
    private final String deploymentType;

    public NotAPreviewDeploymentException(String deploymentName, String deploymentType) {
        super("refusing to delete deployment " + deploymentName + " of type '" + deploymentType
                + "': only preview deployments are deleted unless production deployments are allowed"
                + " (--allow-production, allowProduction: true)");
        this.deploymentName = deploymentName;
        this.deploymentType = deploymentType;
    }

    public String deploymentName() {
        return deploymentName;
    }

    public String deploymentType() {
        return deploymentType;
    }
}
