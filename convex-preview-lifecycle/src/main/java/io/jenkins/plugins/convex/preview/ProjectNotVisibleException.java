package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.error.ConvexApiException;

/**
 * A deployment to delete was not found, and its project is not visible to the token either: the
 * credentials belong to another team (or lost access), so nothing says the preview is gone. A
 * failure to retry with the right credentials, never counted as deleted.
 */
public class ProjectNotVisibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProjectNotVisibleException(long projectId, String deploymentName, ConvexApiException cause) {
        super("deployment " + deploymentName + " was not found and its project " + projectId
                + " is not visible with these credentials (HTTP " + cause.status() + "): they cannot see the preview, "
                + "so it is not counted as deleted; use the credentials of the project's team", cause);
    }
}
