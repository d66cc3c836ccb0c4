package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire besides the body, seen by a recording test server. */
class RequestHeadersTest {

    RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyRequestCarriesTheBearerToken() {
        server.answer(200, "[]");
        server.client("header-token-1").listProjects(1L);

        assertEquals("Bearer header-token-1", server.seen().get(0).header("Authorization"));
    }

    @Test
    void theUserAgentNamesThisClientAndItsVersion() {
        server.answer(200, "[]");
        server.client("t").listProjects(1L);

        String ua = server.seen().get(0).header("User-Agent");
        assertEquals("convex-preview-client/" + ClientVersion.version(), ua);
        assertTrue(ClientVersion.version().matches("\\d+\\.\\d+.*"), "the version comes from the filtered resource: " + ClientVersion.version());
    }

    @Test
    void aUserAgentSuffixIsAppended() {
        server.answer(200, "[]");
        ConvexClientBuilder.forBaseUrl(server.baseUrl()).token(ApiToken.of("t")).userAgent("jenkins-plugin/1.2").build().listProjects(1L);

        assertEquals(ClientVersion.userAgent() + " jenkins-plugin/1.2", server.seen().get(0).header("User-Agent"));
    }

    @Test
    void aBodilessDeleteSendsNoContentType() {
        server.answer(200, "");
        ConvexClient client = server.client("t");
        client.deleteProject(5L);
        client.deleteDeployment("happy-otter-123");

        server.seen().forEach(s -> {
            assertEquals("POST", s.method());
            assertNull(s.header("Content-Type"), s.path());
            assertEquals("", s.body());
        });
        assertEquals("/v1/projects/5/delete", server.seen().get(0).path());
        assertEquals("/v1/deployments/happy-otter-123/delete", server.seen().get(1).path());
    }

    @Test
    void aReadSendsNoContentType() {
        server.answer(200, "[]");
        server.client("t").listProjects(1L);

        assertEquals("GET", server.seen().get(0).method());
        assertNull(server.seen().get(0).header("Content-Type"));
    }

    @Test
    void aCreateSendsJsonWithTheContractsFieldNames() {
        server.answer(200, "{\"id\":7,\"slug\":\"s\",\"name\":\"n\",\"team_id\":1}");
        server.client("t").createProject(1L, new CreateProjectRequest("n", 1L,
                io.jenkins.plugins.convex.client.model.Region.AWS_US_EAST_1, io.jenkins.plugins.convex.client.model.DeploymentClass.D1024));

        RecordingServer.Seen s = server.seen().get(0);
        assertEquals("application/json", s.header("Content-Type"));
        assertEquals("{\"name\":\"n\",\"team_id\":1,\"deployment_region\":\"aws-us-east-1\",\"deployment_class\":\"d1024\"}", s.body());
    }

    @Test
    void deletingACustomDomainNamesTheDomainInAJsonBody() {
        server.answer(200, "");
        server.client("t").deleteCustomDomain("happy-otter-123", "api.example.com");

        RecordingServer.Seen s = server.seen().get(0);
        assertEquals("/v1/deployments/happy-otter-123/custom_domains/delete", s.path());
        assertEquals("application/json", s.header("Content-Type"));
        assertEquals("{\"domain\":\"api.example.com\"}", s.body());
    }

    @Test
    void aSlugIsSentAsOnePathSegment() {
        server.answer(200, "{\"id\":7,\"slug\":\"my-app\",\"name\":\"n\",\"team_id\":1}");
        server.client("t").getProjectBySlug("my-team", "my-app");

        assertEquals("/v1/teams/my-team/projects/my-app", server.seen().get(0).path());
    }
}
