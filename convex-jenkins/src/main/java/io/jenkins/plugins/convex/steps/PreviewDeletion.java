package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.connection.PreviewLifecycles;
import io.jenkins.plugins.convex.preview.DeletePreviewRequest;
import io.jenkins.plugins.convex.preview.DeleteResult;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewNotFoundException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.VisiblePreviews;

/**
 * Deletions through the lifecycle's guarded delete (a deployment that is not a preview is refused
 * unless production is allowed; the store's mapping goes once the server confirmed). Shared by
 * {@code convexDeleteDeployment}, the freestyle builder and ephemeral previews' cleanup.
 */
public final class PreviewDeletion {

    private PreviewDeletion() {
    }

    /** {@code convexDeleteDeployment} and the "Delete Convex deployment" build step. */
    public static @NonNull DeleteResult deleteDeployment(@NonNull Run<?, ?> run, @NonNull TaskListener listener,
                                                         @CheckForNull String credentialsId, String deploymentName,
                                                         boolean allowProduction, boolean ignoreMissing) throws AbortException {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        ConvexSession session = ConvexSession.forRun(run, credentialsId);
        PreviewRecord hidden = JenkinsPreviewStore.get().findByDeploymentName(deploymentName)
                .filter(r -> !VisiblePreviews.isVisible(r)).orElse(null);
        if (hidden != null) {
            throw new AbortException("[convex] deployment " + deploymentName + " is the preview of job " + hidden.creator()
                    + ", which this build may not see; delete it from that job, or in Manage Jenkins > Convex previews");
        }
        DeleteResult result = lifecycle(session.client())
                .delete(DeletePreviewRequest.byDeploymentName(deploymentName).allowingProduction(allowProduction));
        if (result.alreadyGone() && !ignoreMissing) {
            throw new AbortException("[convex] deployment " + deploymentName + " does not exist (set ignoreMissing: true to accept that)");
        }
        listener.getLogger().println("[convex] " + (result.alreadyGone() ? "deployment " + deploymentName + " was already gone"
                : "deleted " + result.deploymentType() + " deployment " + deploymentName)
                + (result.storeEntryRemoved() ? "; forgot it as the preview of " + result.identity() : ""));
        return result;
    }

    /**
     * Deletes an ephemeral preview when its block or build ends. The credentials are looked up again
     * for the build (they are never kept). A preview already removed from the store counts as done.
     */
    public static void deleteEphemeral(@NonNull Run<?, ?> run, @NonNull TaskListener listener,
                                       @NonNull PreviewCreation.Handle handle) throws AbortException {
        ConvexClient client = ConvexSession.forRun(run, handle.credentialsId()).client();
        try {
            DeleteResult result = lifecycle(client).delete(
                    DeletePreviewRequest.byIdentity(handle.projectId(), PreviewIdentity.fromValue(handle.identity())));
            listener.getLogger().println("[convex] deleted ephemeral preview " + result.deploymentName()
                    + (result.alreadyGone() ? " (it was already gone)" : ""));
        } catch (PreviewNotFoundException alreadyForgotten) {
            listener.getLogger().println("[convex] ephemeral preview " + handle.deploymentName() + " was already deleted");
        }
    }

    private static PreviewLifecycle lifecycle(ConvexClient client) {
        return PreviewLifecycles.forClient(client);
    }
}
