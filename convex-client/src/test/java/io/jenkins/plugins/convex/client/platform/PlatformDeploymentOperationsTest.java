package io.jenkins.plugins.convex.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.BadRequestException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deployments on the live dialect: create (with reference and expiry), list, get, by reference, update, delete, default prod. */
class PlatformDeploymentOperationsTest extends PlatformEmulatorTestBase {

    long projectId;

    @BeforeEach
    void project() {
        projectId = client.createProject(TEAM, CreateProjectRequest.named("Deployments")).id();
    }

    private Deployment preview(String reference, Instant expiresAt) {
        return client.createCloudDeployment(projectId, new CreateCloudDeploymentRequest(
                DeploymentType.PREVIEW, Region.AWS_US_EAST_1, DeploymentClass.S16, reference, expiresAt));
    }

    @Test
    void createCloudDeploymentReadsTheLiveDeploymentObject() {
        Instant before = Instant.now().minusSeconds(5);

        Deployment d = preview("preview/feature-login", null);

        assertTrue(d.name().matches("[a-z]+-[a-z]+-\\d+"), d.name());
        assertEquals("preview", d.deploymentType());
        assertEquals("s16", d.deploymentClass());
        assertEquals("aws-us-east-1", d.region());
        assertEquals(projectId, d.projectId());
        assertEquals("https://" + d.name() + ".convex.cloud", d.url());
        assertEquals("preview/feature-login", d.reference());
        assertTrue(d.createTime().isAfter(before), "epoch milliseconds read as an instant: " + d.createTime());
        assertEquals(1, seen("POST", "/projects/" + projectId + "/create_deployment"));
    }

    @Test
    void anExpiryIsSentAsEpochMillisecondsAndReadBack() {
        Instant in3Days = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);

        Deployment d = preview("preview/expiring", in3Days);

        assertEquals(in3Days, d.expiresAt());
        assertEquals(in3Days, client.getDeployment(d.name()).expiresAt());
    }

    @Test
    void thePlatformOnlyClassD2048IsAccepted() {
        Deployment d = client.createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.DEV, Region.AWS_EU_WEST_1, DeploymentClass.D2048));

        assertEquals("d2048", d.deploymentClass());
        assertEquals("https://" + d.name() + ".eu-west-1.convex.cloud", d.url());
    }

    @Test
    void aBadReferenceIsRefusedBeforeAnyRequest() {
        emu.clearRequests();

        for (String bad : List.of("ab", "Preview/X", "happy-otter-123", "local-thing", "preview", "a_b_c")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> preview(bad, null), bad);
            assertEquals("reference", e.field());
            assertEquals(bad, e.value());
        }
        assertEquals(0, emu.requests().size());
    }

    @Test
    void aPastExpiryIsRefusedBeforeAnyRequest() {
        emu.clearRequests();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> preview("preview/late", Instant.now().minusSeconds(60)));

        assertEquals("expires_at", e.field());
        assertEquals(0, emu.requests().size());
    }

    @Test
    void aReferenceTakenInTheProjectIsRefusedByTheServer() {
        preview("preview/taken", null);

        assertThrows(BadRequestException.class, () -> preview("preview/taken", null));
    }

    @Test
    void getDeploymentByReferenceFindsIt() {
        Deployment d = preview("preview/by-ref", null);

        Deployment found = client.getDeploymentByReference(projectId, "preview/by-ref");

        assertEquals(d.name(), found.name());
        assertThrows(NotFoundException.class, () -> client.getDeploymentByReference(projectId, "preview/nobody"));
    }

    @Test
    void updateDeploymentExtendsTheExpiryAndReturnsTheNewState() {
        Deployment d = preview("preview/extend", Instant.now().plus(Duration.ofDays(1)));
        Instant later = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS);

        Deployment updated = client.updateDeployment(d.name(), UpdateDeploymentRequest.expiresAt(later));

        assertEquals(later, updated.expiresAt());
        assertEquals(1, seen("PATCH", "/deployments/" + d.name()));
    }

    @Test
    void updateDeploymentChangesTheReference() {
        Deployment d = preview("preview/old-name", null);

        Deployment updated = client.updateDeployment(d.name(), new UpdateDeploymentRequest(null, "preview/new-name"));

        assertEquals("preview/new-name", updated.reference());
        assertEquals(d.name(), client.getDeploymentByReference(projectId, "preview/new-name").name());
    }

    @Test
    void listDeploymentsReturnsTheProjectsDeployments() {
        Deployment a = preview("preview/a-list", null);
        Deployment b = preview("preview/b-list", null);

        List<String> names = client.listDeployments(projectId).stream().map(Deployment::name).toList();

        assertTrue(names.containsAll(List.of(a.name(), b.name())), names.toString());
    }

    @Test
    void deleteDeploymentRemovesIt() {
        Deployment d = preview("preview/doomed", null);

        client.deleteDeployment(d.name());

        assertThrows(NotFoundException.class, () -> client.getDeployment(d.name()));
    }

    @Test
    void getDefaultProdDeploymentAsksForTheDefaultProd() {
        Deployment prod = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null));

        assertEquals(prod.name(), client.getDefaultProdDeployment(projectId).name());
        assertTrue(emu.requests().stream().anyMatch(r -> r.path().endsWith("/projects/" + projectId + "/deployment")
                && r.query() != null && r.query().contains("defaultProd=true")));
    }

    @Test
    void aProjectWithoutProdHasNoDefaultProdDeployment() {
        assertThrows(NotFoundException.class, () -> client.getDefaultProdDeployment(projectId));
    }

    @Test
    void previewsHaveNoExpiryUnlessGiven() {
        assertNull(preview("preview/no-expiry", null).expiresAt());
    }
}
