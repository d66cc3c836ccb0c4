package io.jenkins.plugins.convex.preview.locate;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.util.Objects;
import java.util.Optional;

/** The spec dialect's locator: the store names the deployment; one getDeployment says whether it still exists. */
public final class StoredRecordLocator implements PreviewLocator {

    private final ConvexClient client;

    public StoredRecordLocator(ConvexClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Optional<Deployment> findLive(long projectId, PreviewIdentity identity, PreviewRecord stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.getDeployment(stored.deploymentName()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public CreateCloudDeploymentRequest creationRequest(PreviewIdentity identity, Region region, DeploymentClass deploymentClass) {
        return CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, region, deploymentClass);
    }
}
