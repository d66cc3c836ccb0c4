package io.jenkins.plugins.convex.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.OperationNotInDialectException;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreatePreviewDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The contract's dialect has none of the live-only operations or fields: each is refused before any request. */
class SpecDialectLacksLiveOperationsTest {

    ConvexEmulator emu;
    ConvexClient spec;

    @BeforeEach
    void start() {
        emu = ConvexEmulator.builder().team(1L, "demo-team", "spec-token-abc").build();
        emu.start();
        spec = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of("spec-token-abc")).dialect(ApiDialect.SPEC).build();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void everyLiveOnlyOperationSaysTheDialectLacksIt() {
        Instant later = Instant.now().plus(Duration.ofDays(1));
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("getDeploymentByReference", () -> spec.getDeploymentByReference(5L, "preview/x-y"));
        calls.put("updateDeployment", () -> spec.updateDeployment("happy-otter-123", UpdateDeploymentRequest.expiresAt(later)));
        calls.put("createPreviewDeployKey", () -> spec.createPreviewDeployKey(5L, new CreatePreviewDeployKeyRequest("k", null)));
        calls.put("listPreviewDeployKeys", () -> spec.listPreviewDeployKeys(5L));
        calls.put("deletePreviewDeployKey", () -> spec.deletePreviewDeployKey(5L, "k"));
        calls.put("deleteDeployKey", () -> spec.deleteDeployKey("happy-otter-123", "k"));
        calls.put("listDeploymentRegions", () -> spec.listDeploymentRegions(1L));
        calls.put("listDeploymentClasses", () -> spec.listDeploymentClasses(1L));
        calls.put("getTokenDetails", () -> spec.getTokenDetails());
        calls.put("listDefaultEnvironmentVariables", () -> spec.listDefaultEnvironmentVariables(5L, null));
        calls.put("updateDefaultEnvironmentVariables", () -> spec.updateDefaultEnvironmentVariables(5L,
                List.of(new DefaultEnvironmentVariableChange(DeploymentType.PREVIEW, EnvironmentVariableChange.set("A", "1")))));
        calls.put("listAccessTokens", () -> spec.listAccessTokens(1L));
        calls.put("deleteAccessToken", () -> spec.deleteAccessToken(1L, "ci"));

        calls.forEach((operation, call) -> {
            OperationNotInDialectException e = assertThrows(OperationNotInDialectException.class, call, operation);
            assertEquals(operation, e.operation());
            assertEquals("SPEC", e.dialect());
            assertTrue(e.getMessage().contains("not available with the SPEC API dialect"), e.getMessage());
        });
        assertEquals(0, emu.requests().size());
    }

    @Test
    void classD2048IsRefusedBeforeAnyRequest() {
        long projectId = spec.createProject(1L, CreateProjectRequest.named("P")).id();
        emu.clearRequests();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> spec.createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, DeploymentClass.D2048)));

        assertEquals("deployment_class", e.field());
        assertTrue(e.allowed().contains("s16, s256, d1024"), e.allowed());
        assertEquals(0, emu.requests().size());
    }

    @Test
    void anAccessTokenExpiryIsRefusedBeforeAnyRequest() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> spec.createAccessToken(1L,
                new CreateAccessTokenRequest("ci", Instant.now().plusSeconds(7200))));

        assertEquals("expires_at", e.field());
        assertEquals(0, emu.requests().size());
    }

    @Test
    void aDeployKeyExpiryIsRefusedBeforeAnyRequest() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> spec.createDeployKey(5L,
                new CreateDeployKeyRequest("happy-otter-123", "k", Instant.now().plusSeconds(3600))));

        assertEquals("expires_at", e.field());
        assertEquals(0, emu.requests().size());
    }
}
