package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.locate.PreviewLocator;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seam the live service's dialect will use: a locator that knows a preview the store does not
 * (there, by {@code reference}) makes the lifecycle adopt it instead of creating another. Here the
 * "server-side index" is a map filled by the locator itself, standing in for the reference.
 */
class LocatorSeamTest {

    final EmulatorFixture emu = new EmulatorFixture();

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void previewKnownToTheLocatorButNotToThisStoreIsAdoptedNotCreatedAgain() {
        Map<PreviewIdentity, String> byIdentity = new ConcurrentHashMap<>();
        PreviewLocator locator = new PreviewLocator() {
            @Override
            public Optional<Deployment> findLive(long projectId, PreviewIdentity identity, PreviewRecord stored) {
                String name = stored != null ? stored.deploymentName() : byIdentity.get(identity);
                return name == null ? Optional.empty() : Optional.of(emu.client.getDeployment(name));
            }

            @Override
            public CreateCloudDeploymentRequest creationRequest(PreviewIdentity identity, Region region, DeploymentClass cls) {
                return CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, region, cls);
            }
        };
        PreviewIdentity id = PreviewIdentity.ofBranch("feature/shared");
        PreviewResult onMachineA = PreviewLifecycle.builder(emu.client, new InMemoryPreviewStore()).locator(locator).build()
                .createOrReuse(CreatePreviewRequest.builder(emu.projectId, id).build());
        byIdentity.put(id, onMachineA.name());

        PreviewResult onMachineB = PreviewLifecycle.builder(emu.client, new InMemoryPreviewStore()).locator(locator).build()
                .createOrReuse(CreatePreviewRequest.builder(emu.projectId, id).build());
        assertFalse(onMachineB.created());
        assertEquals(onMachineA.name(), onMachineB.name());
        assertEquals(1, emu.count("POST", "/deployments/create_cloud$"));
    }
}
