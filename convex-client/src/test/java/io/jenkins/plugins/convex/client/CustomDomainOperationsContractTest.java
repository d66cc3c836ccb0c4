package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.client.error.BadRequestException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.RequestDestination;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** createCustomDomain, listCustomDomains, deleteCustomDomain. */
class CustomDomainOperationsContractTest extends EmulatorTestBase {

    String deploymentName;

    @BeforeEach
    void deployment() {
        long projectId = client.createProject(TEAM, CreateProjectRequest.named("Domains")).id();
        deploymentName = client.createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null)).name();
    }

    @Test
    void createCustomDomainReturnsTheDomainAndDestination() {
        CustomDomain d = client.createCustomDomain(deploymentName, new CreateCustomDomainRequest("api.example.com", RequestDestination.CONVEX_CLOUD));

        assertEquals(new CustomDomain("api.example.com", "convexCloud"), d);
    }

    @Test
    void listCustomDomainsListsEachDestination() {
        client.createCustomDomain(deploymentName, new CreateCustomDomainRequest("api.example.com", RequestDestination.CONVEX_CLOUD));
        client.createCustomDomain(deploymentName, new CreateCustomDomainRequest("hooks.example.com", RequestDestination.CONVEX_SITE));

        List<CustomDomain> domains = client.listCustomDomains(deploymentName);

        assertEquals(java.util.Set.of(new CustomDomain("api.example.com", "convexCloud"), new CustomDomain("hooks.example.com", "convexSite")),
                java.util.Set.copyOf(domains));
    }

    @Test
    void deleteCustomDomainRemovesIt() {
        client.createCustomDomain(deploymentName, new CreateCustomDomainRequest("api.example.com", RequestDestination.CONVEX_CLOUD));

        client.deleteCustomDomain(deploymentName, "api.example.com");

        assertEquals(List.of(), client.listCustomDomains(deploymentName));
    }

    @Test
    void deletingAnUnknownDomainIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.deleteCustomDomain(deploymentName, "nope.example.com"));
        assertEquals("deleteCustomDomain", e.operation());
    }

    @Test
    void creatingTheSameDomainTwiceIsABadRequest() {
        CreateCustomDomainRequest request = new CreateCustomDomainRequest("api.example.com", RequestDestination.CONVEX_CLOUD);
        client.createCustomDomain(deploymentName, request);

        BadRequestException e = assertThrows(BadRequestException.class, () -> client.createCustomDomain(deploymentName, request));
        assertEquals(400, e.status());
        assertEquals("DomainAlreadyExists", e.serverCode());
    }
}
