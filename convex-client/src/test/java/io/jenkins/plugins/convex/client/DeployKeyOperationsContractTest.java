package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** createDeployKey and listDeployKeys. */
class DeployKeyOperationsContractTest extends EmulatorTestBase {

    long projectId;
    String deploymentName;

    @BeforeEach
    void deployment() {
        projectId = client.createProject(TEAM, CreateProjectRequest.named("Keys")).id();
        deploymentName = client.createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
    }

    @Test
    void createDeployKeyReturnsAKeyNamingItsDeployment() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, "ci"));

        assertEquals("ci", key.name());
        assertEquals(deploymentName, key.deploymentName());
        assertTrue(key.key().startsWith("preview:" + deploymentName + "|"), "key names its deployment");
        assertNotNull(key.createdAt());
    }

    @Test
    void aDeployKeysToStringHidesTheKey() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, "ci"));

        assertFalse(key.toString().contains(key.key()));
        assertTrue(key.toString().contains("****"));
    }

    @Test
    void listDeployKeysListsThemWithoutTheirSecrets() {
        DeployKey created = client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, "ci"));

        List<DeployKey> keys = client.listDeployKeys(projectId);

        assertEquals(1, keys.size());
        DeployKey listed = keys.get(0);
        assertEquals("ci", listed.name());
        assertEquals(deploymentName, listed.deploymentName());
        assertEquals(created.createdAt(), listed.createdAt());
        assertNull(listed.key());
    }

    @Test
    void aKeyWithoutANameGetsOneFromTheServer() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, null));

        assertNotNull(key.name());
    }
}
