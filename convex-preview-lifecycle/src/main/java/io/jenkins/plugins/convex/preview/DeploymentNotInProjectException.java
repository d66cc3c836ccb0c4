package io.jenkins.plugins.convex.preview;

/**
 * A delete by deployment name with a project refused because the deployment belongs to another
 * project. Checked before anything is deleted.
 */
public class DeploymentNotInProjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String deploymentName;
    private final long projectId;

    public DeploymentNotInProjectException(String deploymentName, long projectId, long actualProjectId) {
        super("deployment " + deploymentName + " is in project " + actualProjectId + ", not in project " + projectId
                + "; nothing was deleted");
        this.deploymentName = deploymentName;
        this.projectId = projectId;
    }

    public String deploymentName() {
        return deploymentName;
    }

    /** The project the request named. */
    public long projectId() {
        return projectId;
    }
}
