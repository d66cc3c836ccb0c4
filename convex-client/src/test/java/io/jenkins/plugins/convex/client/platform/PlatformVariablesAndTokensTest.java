package io.jenkins.plugins.convex.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.AccessTokenInfo;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariable;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Project default environment variables and team access tokens (listing, expiry, deletion) on the live dialect. */
class PlatformVariablesAndTokensTest extends PlatformEmulatorTestBase {

    private static DefaultEnvironmentVariableChange set(DeploymentType type, String name, String value) {
        return new DefaultEnvironmentVariableChange(type, EnvironmentVariableChange.set(name, value));
    }

    @Test
    void defaultVariablesAreSetListedByTypeAndRemovedInOneRequestEach() {
        long projectId = client.createProject(TEAM, CreateProjectRequest.named("Defaults")).id();

        client.updateDefaultEnvironmentVariables(projectId, List.of(set(DeploymentType.PREVIEW, "STRIPE_KEY", "sk_test_1"),
                set(DeploymentType.DEV, "STRIPE_KEY", "sk_test_1"), set(DeploymentType.PREVIEW, "FEATURE_X", "on")));

        List<DefaultEnvironmentVariable> all = client.listDefaultEnvironmentVariables(projectId, null);
        assertEquals(2, all.size());
        DefaultEnvironmentVariable stripe = all.stream().filter(v -> v.name().equals("STRIPE_KEY")).findFirst().orElseThrow();
        assertEquals("sk_test_1", stripe.value());
        assertEquals(List.of("preview", "dev"), stripe.deploymentTypes());
        assertFalse(stripe.toString().contains("sk_test_1"), stripe.toString());
        assertEquals(1, client.listDefaultEnvironmentVariables(projectId, DeploymentType.DEV).size());
        assertEquals(1, seen("POST", "/update_default_environment_variables"));

        client.updateDefaultEnvironmentVariables(projectId, List.of(new DefaultEnvironmentVariableChange(DeploymentType.PREVIEW,
                EnvironmentVariableChange.unset("FEATURE_X"))));
        assertEquals(List.of("STRIPE_KEY"), client.listDefaultEnvironmentVariables(projectId, DeploymentType.PREVIEW).stream()
                .map(DefaultEnvironmentVariable::name).toList());
    }

    @Test
    void badVariableNamesAndEmptyChangesAreRefusedBeforeAnyRequest() {
        emu.clearRequests();

        assertEquals("name", assertThrows(InvalidInputException.class, () -> EnvironmentVariableChange.set("1ABC", "x")).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> EnvironmentVariableChange.unset("A-B")).field());
        assertEquals("changes", assertThrows(InvalidInputException.class,
                () -> client.updateDefaultEnvironmentVariables(5L, List.of())).field());
        assertEquals(0, emu.requests().size());
    }

    @Test
    void anAccessTokenWithAnExpiryIsListedWithItButWithoutItsValue() {
        Instant expiresAt = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
        AccessToken created = client.createAccessToken(TEAM, new CreateAccessTokenRequest("build-42", expiresAt));

        AccessTokenInfo listed = client.listAccessTokens(TEAM).stream().filter(t -> t.name().equals("build-42")).findFirst().orElseThrow();
        assertEquals(expiresAt, listed.expiresAt());
        assertTrue(listed.id() != null && listed.createdAt() != null);
        assertFalse(listed.toString().contains(created.token()));
        assertTrue(seen("GET", "/list_access_tokens") >= 1);
    }

    @Test
    void anExpiryUnderThirtyMinutesAheadIsRefusedBeforeSending() {
        emu.clearRequests();
        Instant soon = Instant.now().plus(Duration.ofMinutes(20));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> client.createAccessToken(TEAM, new CreateAccessTokenRequest("short", soon)));

        assertEquals("expires_at", e.field());
        assertTrue(e.allowed().contains("30 minutes"), e.allowed());
        assertEquals(0, emu.requests().size());
    }

    @Test
    void aTokenDeletedByNameStopsWorking() {
        AccessToken created = client.createAccessToken(TEAM, new CreateAccessTokenRequest("build-43", Instant.now().plus(Duration.ofHours(1))));
        assertEquals(2, clientWith(created.token()).listTeamMembers(TEAM).size());

        client.deleteAccessToken(TEAM, "build-43");

        assertThrows(UnauthorizedException.class, () -> clientWith(created.token()).listTeamMembers(TEAM));
        assertFalse(client.listAccessTokens(TEAM).stream().anyMatch(t -> t.name().equals("build-43")));
        assertThrows(NotFoundException.class, () -> client.deleteAccessToken(TEAM, "build-43"));
    }
}
