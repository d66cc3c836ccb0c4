package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.RequestDestination;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad arguments fail naming the contract's field, before any request reaches the server. */
class InputValidationTest extends EmulatorTestBase {

    @AfterEach
    void nothingWasSent() {
        assertEquals(java.util.List.of(), emu.requests(), "no request may be sent for bad input");
    }

    private static void refused(String field, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }

    @Test
    void aTeamIdMustBePositive() {
        refused("team_id", () -> client.listProjects(0));
        refused("team_id", () -> client.listTeamMembers(-1));
        refused("team_id", () -> client.createProject(-5, CreateProjectRequest.named("x")));
    }

    @Test
    void aProjectIdMustBePositive() {
        refused("project_id", () -> client.getProject(0));
        refused("project_id", () -> client.deleteProject(-1));
        refused("project_id", () -> client.listDeployKeys(0));
    }

    @Test
    void aDeploymentNameMustLookLikeOne() {
        refused("deployment_name", () -> client.getDeployment("Happy Otter"));
        refused("deployment_name", () -> client.deleteDeployment("../projects/1"));
        refused("deployment_name", () -> client.listCustomDomains(""));
    }

    @Test
    void slugsMustBeSlugs() {
        refused("team_id_or_slug", () -> client.getProjectBySlug("a/b", "demo"));
        refused("project_slug", () -> client.getProjectBySlug("demo-team", " "));
    }

    @Test
    void aDomainMustBeADnsName() {
        refused("domain", () -> client.deleteCustomDomain("happy-otter-123", "not a domain"));
        refused("domain", () -> new CreateCustomDomainRequest("nodots", RequestDestination.CONVEX_SITE));
    }

    @Test
    void enumsAreParsedNamingTheFieldAndTheAllowedValues() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Region.of("mars-north-1"));
        assertEquals("region", e.field());
        assertEquals("mars-north-1", e.value());
        assertTrue(e.allowed().contains("aws-us-east-1"));
        refused("deployment_type", () -> DeploymentType.of("staging"));
        refused("request_destination", () -> RequestDestination.of("convexcloud"));
    }

    @Test
    void requiredBodiesAndFieldsMustBePresent() {
        refused("body", () -> client.createProject(TEAM, null));
        refused("name", () -> CreateProjectRequest.named(" "));
        refused("deployment_type", () -> CreateCloudDeploymentRequest.of(null, Region.AWS_US_EAST_1, null));
        refused("deployment_name", () -> new CreateDeployKeyRequest(null, "k"));
    }

    @Test
    void theSpecDialectRefusesAReferenceOrExpiryInsteadOfDroppingIt() {
        refused("reference", () -> client.createCloudDeployment(5_000_000_000L,
                new CreateCloudDeploymentRequest(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null, "preview/feature-x", null)));
        refused("expires_at", () -> client.createCloudDeployment(5_000_000_000L,
                new CreateCloudDeploymentRequest(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null, null, Instant.now())));
    }
}
