package io.jenkins.plugins.convex.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.CustomDomain;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.PreviewDeployKey;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.RequestDestination;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deploy keys, preview deploy keys and custom domains on the live dialect. */
class PlatformKeyAndDomainOperationsTest extends PlatformEmulatorTestBase {

    long projectId;
    Deployment preview;

    @BeforeEach
    void projectWithPreview() {
        projectId = client.createProject(TEAM, CreateProjectRequest.named("Keys")).id();
        preview = client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
    }

    @Test
    void createDeployKeyReturnsTheKeyOnceAndListDeployKeysNamesIt() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(preview.name(), "ci"));

        assertTrue(key.key().startsWith("preview:" + preview.name() + "|"), "key format");
        assertEquals("ci", key.name());
        assertEquals(preview.name(), key.deploymentName());
        List<DeployKey> listed = client.listDeployKeys(projectId);
        assertEquals(1, listed.size());
        assertEquals("ci", listed.get(0).name());
        assertNull(listed.get(0).key());
        assertTrue(listed.get(0).createdAt() != null);
    }

    @Test
    void createDeployKeyWithoutANameGetsOneBecauseTheLiveServiceRequiresIt() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(preview.name(), null));

        assertTrue(key.name() != null && !key.name().isBlank());
    }

    @Test
    void createDeployKeyWithAnExpiry() {
        DeployKey key = client.createDeployKey(projectId,
                new CreateDeployKeyRequest(preview.name(), "short-lived", Instant.now().plus(Duration.ofHours(2))));

        assertTrue(key.key() != null);
    }

    @Test
    void createDeployKeyForAnotherProjectsDeploymentIsNotFound() {
        long other = client.createProject(TEAM, CreateProjectRequest.named("Other")).id();

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> client.createDeployKey(other, new CreateDeployKeyRequest(preview.name(), "x")));
        assertEquals("createDeployKey", e.operation());
        assertEquals(0, seen("POST", "/create_deploy_key"));
    }

    @Test
    void deleteDeployKeyByNameRemovesIt() {
        client.createDeployKey(projectId, new CreateDeployKeyRequest(preview.name(), "build-42"));

        client.deleteDeployKey(preview.name(), "build-42");

        assertTrue(client.listDeployKeys(projectId).isEmpty());
    }

    @Test
    void deleteDeployKeyByValueRemovesIt() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(preview.name(), "build-43"));

        client.deleteDeployKey(preview.name(), key.key());

        assertTrue(client.listDeployKeys(projectId).isEmpty());
    }

    @Test
    void previewDeployKeysAreCreatedListedAndDeleted() {
        Instant expires = Instant.now().plus(Duration.ofDays(2));
        PreviewDeployKey created = client.createPreviewDeployKey(projectId, new CreatePreviewDeployKeyRequest("jenkins", expires));

        assertTrue(created.key().startsWith("preview:demo-team:keys|"), "preview deploy key format");
        List<PreviewDeployKey> listed = client.listPreviewDeployKeys(projectId);
        assertEquals(1, listed.size());
        assertEquals("jenkins", listed.get(0).name());
        assertNull(listed.get(0).key());
        assertTrue(listed.get(0).id() != null);
        assertEquals(expires.toEpochMilli(), listed.get(0).expiresAt().toEpochMilli());

        client.deletePreviewDeployKey(projectId, listed.get(0).id());

        assertTrue(client.listPreviewDeployKeys(projectId).isEmpty());
    }

    @Test
    void customDomainsAreCreatedListedAndDeletedWithoutTheCallerNamingTheDestination() {
        CustomDomain created = client.createCustomDomain(preview.name(), new CreateCustomDomainRequest("api.example.com", RequestDestination.CONVEX_SITE));

        assertEquals(new CustomDomain("api.example.com", "convexSite"), created);
        assertEquals(List.of(created), client.listCustomDomains(preview.name()));

        client.deleteCustomDomain(preview.name(), "api.example.com");

        assertTrue(client.listCustomDomains(preview.name()).isEmpty());
    }

    @Test
    void deletingAnUnknownCustomDomainIsNotFound() {
        assertThrows(NotFoundException.class, () -> client.deleteCustomDomain(preview.name(), "nobody.example.com"));
    }

    @Test
    void theKeysNeverAppearInToString() {
        DeployKey key = client.createDeployKey(projectId, new CreateDeployKeyRequest(preview.name(), "masked"));
        PreviewDeployKey pkey = client.createPreviewDeployKey(projectId, new CreatePreviewDeployKeyRequest("masked", null));

        assertFalse(key.toString().contains(key.key()));
        assertFalse(pkey.toString().contains(pkey.key()));
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        assertThrows(UnauthorizedException.class, () -> clientWith("not-a-token").listDeployKeys(projectId));
    }
}
