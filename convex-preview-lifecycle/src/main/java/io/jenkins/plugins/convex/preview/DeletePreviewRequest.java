package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.Objects;

/**
 * A guarded delete, by identity (looked up in the store) or by deployment name.
 *
 * @param projectId       the project, with {@code identity}; with a deployment name the project it must be
 *                        in, or 0 for any
 * @param identity        the identity to delete, or null
 * @param deploymentName  the deployment to delete, or null
 * @param allowProduction also delete a deployment that is not {@code preview}
 */
public record DeletePreviewRequest(long projectId, PreviewIdentity identity, String deploymentName, boolean allowProduction) {

    public DeletePreviewRequest {
        if ((identity == null) == (deploymentName == null)) {
            throw new IllegalArgumentException("give either an identity or a deployment name");
        }
        if (identity != null) {
            Validation.requirePositiveId("project_id", projectId);
        } else {
            Validation.requireDeploymentName("deployment_name", deploymentName);
            if (projectId != 0) {
                Validation.requirePositiveId("project_id", projectId);
            }
        }
    }

    public static DeletePreviewRequest byIdentity(long projectId, PreviewIdentity identity) {
        return new DeletePreviewRequest(projectId, Objects.requireNonNull(identity, "identity"), null, false);
    }

    public static DeletePreviewRequest byDeploymentName(String deploymentName) {
        return new DeletePreviewRequest(0, null, deploymentName, false);
    }

    /** By name, refused ({@link DeploymentNotInProjectException}) unless the deployment is in {@code projectId}. */
    public static DeletePreviewRequest byDeploymentName(String deploymentName, long projectId) {
        return new DeletePreviewRequest(projectId, null, deploymentName, false);
    }

    public DeletePreviewRequest allowingProduction(boolean allow) {
        return new DeletePreviewRequest(projectId, identity, deploymentName, allow);
    }
}
