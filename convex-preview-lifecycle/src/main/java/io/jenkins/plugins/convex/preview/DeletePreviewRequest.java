package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.util.Objects;

/**
 * A guarded delete, by identity (looked up in the store) or by deployment name.
 *
 * @param projectId       the project, with {@code identity}; with a deployment name the project it is in when known
 *                        (a deployment in another project is refused; one the token cannot find counts as gone only
 *                        if the token can see that project), else 0
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

    /**
     * The same delete of a deployment known to be in {@code projectId} (a queued deletion knows its project; the
     * command line's --project-id): refused ({@link DeploymentNotInProjectException}) when it is in another one.
     */
    public DeletePreviewRequest inProject(long projectId) {
        Validation.requirePositiveId("project_id", projectId);
        return new DeletePreviewRequest(projectId, identity, deploymentName, allowProduction);
    }

    public DeletePreviewRequest allowingProduction(boolean allow) {
        return new DeletePreviewRequest(projectId, identity, deploymentName, allow);
    }
}
