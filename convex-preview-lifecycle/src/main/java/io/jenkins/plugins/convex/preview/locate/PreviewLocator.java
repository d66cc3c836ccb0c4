package io.jenkins.plugins.convex.preview.locate;

import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the truth about "this identity's deployment" lives. On the spec dialect the server cannot
 * tell, so {@link StoredRecordLocator} trusts the store's record and checks that the deployment
 * still exists. On the live service's dialect a locator can ask the server by
 * {@code reference = preview/<identity>} and set that reference on creation, making the store a cache.
 */
public interface PreviewLocator {

    /**
     * The identity's deployment on the server, if it still exists.
     *
     * @param stored the store's record for the identity, or null when the store has none
     */
    Optional<Deployment> findLive(long projectId, PreviewIdentity identity, PreviewRecord stored);

    /**
     * Called when create-or-reuse reuses {@code found} (not on lookups for a delete); returns the
     * deployment as it is afterwards. The live service's locator extends its expiry here.
     */
    default Deployment onReuse(Deployment found) {
        return found;
    }

    /**
     * The project's previews as this locator knows them: the store's records, plus, where the server
     * knows previews by reference, records made from the server's previews that no stored record
     * names (one per deployment). The default, the spec dialect's, is the store's view unchanged and
     * makes no request.
     *
     * @param stored         the store's records of the project
     * @param onServer       the project's deployments, read (once) only when called
     */
    default List<PreviewRecord> listPreviews(long projectId, List<PreviewRecord> stored, Supplier<List<Deployment>> onServer) {
        return stored;
    }

    /** The creation request for the identity's new preview deployment. */
    CreateCloudDeploymentRequest creationRequest(PreviewIdentity identity, Region region, DeploymentClass deploymentClass);
}
