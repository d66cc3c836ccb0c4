package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** createCloudDeployment, listDeployments, getDeployment, deleteDeployment, getDefaultProdDeployment. */
class DeploymentOperationsContractTest extends EmulatorTestBase {

    long projectId;

    @BeforeEach
    void project() {
        projectId = client.createProject(TEAM, CreateProjectRequest.named("Deployments")).id();
    }

    private Deployment preview() {
        return client.createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_EU_WEST_1, DeploymentClass.S16));
    }

    @Test
    void createCloudDeploymentReturnsANamedDeploymentWithItsUrl() {
        Deployment d = preview();

        assertTrue(d.name().matches("[a-z]+-[a-z]+-\\d+"), d.name());
        assertEquals("https://" + d.name() + ".convex.cloud", d.url());
        assertEquals(DeploymentType.PREVIEW, d.type());
        assertTrue(d.isPreview());
        assertEquals("aws-eu-west-1", d.region());
        assertEquals("s16", d.deploymentClass());
        assertEquals(projectId, d.projectId());
        assertTrue(d.id() > Integer.MAX_VALUE);
    }

    @Test
    void createCloudDeploymentWithoutAClassLeavesTheChoiceToTheServer() {
        Deployment d = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.DEV, Region.AWS_US_EAST_1, null));

        assertEquals("dev", d.deploymentType());
        assertTrue(d.deploymentClass() != null);
    }

    @Test
    void listDeploymentsReturnsTheProjectsDeployments() {
        Deployment a = preview();
        Deployment b = preview();

        List<Deployment> all = client.listDeployments(projectId);

        assertEquals(java.util.Set.of(a, b), java.util.Set.copyOf(all));
        assertEquals(2, all.size());
    }

    @Test
    void getDeploymentReturnsWhatCreateReturned() {
        Deployment d = preview();

        assertEquals(d, client.getDeployment(d.name()));
    }

    @Test
    void deleteDeploymentRemovesIt() {
        Deployment d = preview();

        client.deleteDeployment(d.name());

        assertThrows(NotFoundException.class, () -> client.getDeployment(d.name()));
        assertEquals(List.of(), client.listDeployments(projectId));
    }

    @Test
    void getDefaultProdDeploymentIsTheOldestProdDeployment() {
        Deployment first = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null));
        client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_EU_WEST_1, null));

        assertEquals(first, client.getDefaultProdDeployment(projectId));
    }

    @Test
    void getDefaultProdDeploymentOfAProjectWithoutProdIsNotFound() {
        preview();

        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getDefaultProdDeployment(projectId));
        assertEquals("getDefaultProdDeployment", e.operation());
        assertTrue(e.serverMessage() != null && !e.serverMessage().isBlank());
    }

    @Test
    void theSpecDialectHasNoReferenceOrExpiry() {
        assertNull(preview().reference());
        assertNull(preview().expiresAt());
    }
}
