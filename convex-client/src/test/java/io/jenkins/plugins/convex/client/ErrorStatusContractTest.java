package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.BadRequestException;
import io.jenkins.plugins.convex.client.error.ConflictException;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.ForbiddenException;
import io.jenkins.plugins.convex.client.error.NetworkException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.ServerErrorException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.RequestDestination;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each error status becomes its exception, with operation, status, server code and message, and a hint. */
class ErrorStatusContractTest extends EmulatorTestBase {

    @Test
    void a400CarriesTheServersCodeAndMessageNamingTheField() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> client.createProject(TEAM, new CreateProjectRequest("Mismatch", OTHER_TEAM, null, null)));

        assertEquals(400, e.status());
        assertEquals("createProject", e.operation());
        assertEquals("InvalidField", e.serverCode());
        assertTrue(e.serverMessage().contains("team_id"), e.serverMessage());
        assertTrue(e.getMessage().startsWith("createProject failed with HTTP 400 InvalidField: "), e.getMessage());
    }

    @Test
    void a401SaysToCheckTheToken() {
        ConvexClient stranger = clientWith("not-a-known-token", fastRetries(3));

        UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> stranger.listProjects(TEAM));

        assertEquals(401, e.status());
        assertEquals("check the token / credentials", e.hint());
        assertTrue(e.getMessage().contains("check the token / credentials"));
        assertEquals(1, seen("GET", "/list_projects"), "a 401 is not retried");
    }

    @Test
    void everyOperationNamesItselfInItsError() {
        ConvexClient stranger = clientWith("not-a-known-token", fastRetries(1));
        String dep = "happy-otter-123";
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("createProject", () -> stranger.createProject(TEAM, CreateProjectRequest.named("x")));
        calls.put("listProjects", () -> stranger.listProjects(TEAM));
        calls.put("getProject", () -> stranger.getProject(7L));
        calls.put("getProjectBySlug", () -> stranger.getProjectBySlug("demo-team", "x"));
        calls.put("deleteProject", () -> stranger.deleteProject(7L));
        calls.put("createCloudDeployment", () -> stranger.createCloudDeployment(7L,
                CreateCloudDeploymentRequest.of(DeploymentType.DEV, Region.AWS_US_EAST_1, null)));
        calls.put("listDeployments", () -> stranger.listDeployments(7L));
        calls.put("getDeployment", () -> stranger.getDeployment(dep));
        calls.put("deleteDeployment", () -> stranger.deleteDeployment(dep));
        calls.put("getDefaultProdDeployment", () -> stranger.getDefaultProdDeployment(7L));
        calls.put("createDeployKey", () -> stranger.createDeployKey(7L, new CreateDeployKeyRequest(dep, null)));
        calls.put("listDeployKeys", () -> stranger.listDeployKeys(7L));
        calls.put("createCustomDomain", () -> stranger.createCustomDomain(dep,
                new CreateCustomDomainRequest("api.example.com", RequestDestination.CONVEX_CLOUD)));
        calls.put("listCustomDomains", () -> stranger.listCustomDomains(dep));
        calls.put("deleteCustomDomain", () -> stranger.deleteCustomDomain(dep, "api.example.com"));
        calls.put("listTeamMembers", () -> stranger.listTeamMembers(TEAM));
        calls.put("createAccessToken", () -> stranger.createAccessToken(TEAM, new CreateAccessTokenRequest("x")));

        // A 401 (not a 404 for an unknown route) also shows that each route exists on the server.
        calls.forEach((operation, call) -> assertEquals(operation, assertThrows(UnauthorizedException.class, call).operation()));
        assertEquals(17, emu.requests().size());
    }

    @Test
    void a404IsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getDeployment("no-such-deployment-1"));

        assertEquals(404, e.status());
        assertEquals("getDeployment", e.operation());
        assertTrue(e.serverCode() != null);
    }

    @Test
    void a403IsForbiddenWithAHint() {
        faults.status("GET", "list_projects", 403, 1);

        ForbiddenException e = assertThrows(ForbiddenException.class, () -> client.listProjects(TEAM));

        assertEquals(403, e.status());
        assertTrue(e.hint().contains("credentials"), e.hint());
    }

    @Test
    void a409IsAConflict() {
        faults.status("POST", "create_project", 409, 1);

        ConflictException e = assertThrows(ConflictException.class, () -> client.createProject(TEAM, CreateProjectRequest.named("X")));

        assertEquals(409, e.status());
        assertEquals("InjectedFault", e.serverCode());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void a5xxThatOutlastsTheRetriesIsAServerError(int status) {
        faults.status("GET", "list_projects", status, -1);

        ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.listProjects(TEAM));

        assertEquals(status, e.status());
        assertEquals("listProjects", e.operation());
        assertNull(e.hint());
    }

    @Test
    void anUnreachableServerIsANetworkErrorThatSaysToCheckTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ConvexClient nowhere = ConvexClientBuilder.forBaseUrl("http://127.0.0.1:" + closedPort + "/v1")
                .token(ApiToken.of(TOKEN)).retryPolicy(fastRetries(2)).build();

        NetworkException e = assertThrows(NetworkException.class, () -> nowhere.listProjects(TEAM));

        assertEquals(0, e.status());
        assertEquals("check the API URL", e.hint());
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void everyApiErrorIsAConvexApiException() {
        ConvexApiException e = assertThrows(ConvexApiException.class, () -> client.getProject(123456789012L));
        assertInstanceOf(NotFoundException.class, e);
    }
}
