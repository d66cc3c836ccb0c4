package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NetworkException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.client.error.ServerErrorException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which failures are retried, counted in the emulator's request log. */
class RetryContractTest extends EmulatorTestBase {

    private Deployment preview(long projectId) {
        return client.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
    }

    @Test
    void aReadIsRetriedAfter503() {
        faults.status("GET", "list_projects", 503, 2);

        client.listProjects(TEAM);

        assertEquals(3, seen("GET", "/list_projects"));
    }

    @Test
    void aReadIsRetriedAfter502And504() {
        faults.status("GET", "list_projects", 502, 1);
        faults.status("GET", "list_projects", 504, 1);

        client.listProjects(TEAM);

        assertEquals(3, seen("GET", "/list_projects"));
    }

    @Test
    void a429IsRetriedAfterTheServersRetryAfter() {
        faults.rateLimit("GET", "list_projects", 1, 1);
        long start = System.nanoTime();

        client.listProjects(TEAM);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 950, "waited the Retry-After second");
        assertEquals(2, seen("GET", "/list_projects"));
    }

    @Test
    void a503sRetryAfterIsHonouredToo() {
        faults.unavailable("GET", "list_projects", 1, 1);
        long start = System.nanoTime();

        client.listProjects(TEAM);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 950, "waited the Retry-After second");
        assertEquals(2, seen("GET", "/list_projects"));
    }

    @Test
    void aLongRetryAfterIsCappedByThePolicy() {
        faults.rateLimit("GET", "list_projects", 120, 1);
        ConvexClient capped = clientWith(TOKEN, fastRetries(3).withMaxRetryAfter(Duration.ofMillis(50)));
        long start = System.nanoTime();

        capped.listProjects(TEAM);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "did not wait 120 s");
        assertEquals(2, seen("GET", "/list_projects"));
    }

    @Test
    void a429ThatOutlastsTheRetriesIsRateLimitedWithTheRetryAfter() {
        faults.rateLimit("GET", "list_projects", 0, -1);

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.listProjects(TEAM));

        assertEquals(Duration.ZERO, e.retryAfter());
        assertEquals(4, seen("GET", "/list_projects"), "the policy's 4 attempts");
    }

    @Test
    void aReadIsRetriedAfterADroppedConnection() {
        faults.drop("GET", "list_projects", 1);

        client.listProjects(TEAM);

        assertEquals(2, seen("GET", "/list_projects"));
    }

    @Test
    void aReadIsRetriedAfterAReadTimeout() {
        faults.delay("GET", "list_projects", 1500, 1);
        ConvexClient impatient = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(TOKEN))
                .readTimeout(Duration.ofMillis(300)).retryPolicy(fastRetries(3)).build();

        impatient.listProjects(TEAM);

        assertEquals(2, seen("GET", "/list_projects"));
    }

    @Test
    void aCreateIsRetriedAfter503AndCreatesOneProject() {
        faults.status("POST", "create_project", 503, 1);

        client.createProject(TEAM, CreateProjectRequest.named("Once"));

        assertEquals(2, seen("POST", "/create_project"));
        assertEquals(1, client.listProjects(TEAM).size());
    }

    @Test
    void aCreateIsRetriedAfter429() {
        faults.rateLimit("POST", "create_cloud", 0, 1);
        long projectId = client.createProject(TEAM, CreateProjectRequest.named("P")).id();

        preview(projectId);

        assertEquals(2, seen("POST", "/create_cloud"));
        assertEquals(1, client.listDeployments(projectId).size());
    }

    @Test
    void aCreateIsNotRetriedAfterADroppedConnection() {
        faults.drop("POST", "create_project", 1);

        NetworkException e = assertThrows(NetworkException.class, () -> client.createProject(TEAM, CreateProjectRequest.named("Maybe")));

        assertEquals("createProject", e.operation());
        assertEquals(1, seen("POST", "/create_project"), "no second create");
    }

    @Test
    void aCreateIsNotRetriedAfter500() {
        faults.status("POST", "create_project", 500, 1);

        assertThrows(ServerErrorException.class, () -> client.createProject(TEAM, CreateProjectRequest.named("X")));

        assertEquals(1, seen("POST", "/create_project"));
    }

    @Test
    void aCreateIsNotRetriedAfter502Or504() {
        faults.status("POST", "create_project", 502, 1);
        faults.status("POST", "create_access_token", 504, 1);

        assertThrows(ServerErrorException.class, () -> client.createProject(TEAM, CreateProjectRequest.named("X")));
        assertThrows(ServerErrorException.class,
                () -> client.createAccessToken(TEAM, new io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest("t")));

        assertEquals(1, seen("POST", "/create_project"));
        assertEquals(1, seen("POST", "/create_access_token"));
    }

    @Test
    void aCreateIsNotRetriedAfterAReadTimeout() {
        faults.delay("POST", "create_project", 1500, 1);
        ConvexClient impatient = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(TOKEN))
                .readTimeout(Duration.ofMillis(300)).retryPolicy(fastRetries(3)).build();

        NetworkException e = assertThrows(NetworkException.class, () -> impatient.createProject(TEAM, CreateProjectRequest.named("Slow")));

        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertEquals(1, seen("POST", "/create_project"));
    }

    @Test
    void aDeleteIsRetriedAfterADroppedConnection() {
        long projectId = client.createProject(TEAM, CreateProjectRequest.named("P")).id();
        Deployment d = preview(projectId);
        faults.drop("POST", "/delete$", 1);

        client.deleteDeployment(d.name());

        assertEquals(2, seen("POST", "/deployments/" + d.name() + "/delete"));
        assertThrows(NotFoundException.class, () -> client.getDeployment(d.name()));
    }

    @Test
    void a404OnARetriedDeleteCountsAsDeleted() {
        long projectId = client.createProject(TEAM, CreateProjectRequest.named("P")).id();
        Deployment d = preview(projectId);
        clientWith(TOKEN, RetryPolicy.none()).deleteDeployment(d.name());
        faults.status("POST", "/delete$", 503, 1);

        client.deleteDeployment(d.name());

        assertEquals(3, seen("POST", "/deployments/" + d.name() + "/delete"), "first delete, then 503, then 404");
    }

    @Test
    void a404OnAFirstDeleteIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.deleteDeployment("gone-away-404"));

        assertEquals("deleteDeployment", e.operation());
        assertEquals(1, seen("POST", "/delete"));
    }

    @Test
    void aCreateIsRetriedWhenTheConnectionWasRefused() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConvexClient early = ConvexClientBuilder.forBaseUrl("http://127.0.0.1:" + port + "/v1").token(ApiToken.of(TOKEN))
                .retryPolicy(RetryPolicy.of(8, Duration.ofMillis(200), Duration.ofMillis(400))).build();
        try (var late = io.jenkins.plugins.convex.emulator.ConvexEmulator.builder().port(port).team(TEAM, "late-team", TOKEN).build()) {
            Thread starter = new Thread(() -> {
                sleep(300);
                late.start();
            });
            starter.start();

            early.createProject(TEAM, CreateProjectRequest.named("Late"));

            starter.join();
            assertEquals(1, late.requests().stream().filter(r -> r.path().endsWith("/create_project")).count());
        }
    }

    @Test
    void anInterruptedThreadStopsRetrying() {
        faults.status("GET", "list_projects", 503, -1);
        Thread.currentThread().interrupt();
        try {
            NetworkException e = assertThrows(NetworkException.class, () -> client.listProjects(TEAM));

            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(seen("GET", "/list_projects") < 4, "gave up before the policy's 4 attempts");
        } finally {
            Thread.interrupted();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
