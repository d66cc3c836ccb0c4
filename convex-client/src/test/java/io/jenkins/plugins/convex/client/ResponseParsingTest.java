package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.BadRequestException;
import io.jenkins.plugins.convex.client.error.ServerErrorException;
import io.jenkins.plugins.convex.client.error.UnexpectedResponseException;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.TeamMember;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Responses of shapes the emulator does not produce: unknown values, extra fields, odd bodies. */
class ResponseParsingTest {

    RecordingServer server;
    ConvexClient client;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        client = server.client("parsing-test-token-4242");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unknownEnumValuesAndExtraFieldsDoNotBreakParsing() {
        server.answer(200, "{\"id\":5000000000,\"name\":\"calm-cow-456\",\"deployment_type\":\"sandbox\","
                + "\"deployment_class\":\"d2048\",\"region\":\"aws-ap-south-9\",\"project_id\":\"4294967297\","
                + "\"url\":\"https://calm-cow-456.convex.cloud\",\"status\":\"running\",\"nested\":{\"x\":[1,2]}}");

        Deployment d = client.getDeployment("calm-cow-456");

        assertEquals(5_000_000_000L, d.id());
        assertEquals("sandbox", d.deploymentType());
        assertNull(d.type(), "an unknown type is kept as text, not guessed");
        assertEquals("d2048", d.deploymentClass());
        assertEquals("aws-ap-south-9", d.region());
        assertEquals(4_294_967_297L, d.projectId(), "an int64 sent as a string");
    }

    @Test
    void anUnknownRoleIsKept() {
        server.answer(200, "[{\"id\":1,\"email\":\"a@b.c\",\"role\":\"owner\",\"extra\":true}]");

        assertEquals(new TeamMember(1, "a@b.c", null, "owner"), client.listTeamMembers(1L).get(0));
    }

    @Test
    void isoTimestampsWithAnyOffsetAreRead() {
        server.answer(200, "[{\"name\":\"k\",\"deployment_name\":\"a-b-1\",\"created_at\":\"2026-03-01T10:15:30+02:00\"},"
                + "{\"name\":\"k2\",\"deployment_name\":\"a-b-1\",\"created_at\":\"2026-03-01T08:15:30.250Z\"},"
                + "{\"name\":\"k3\",\"deployment_name\":\"a-b-1\",\"created_at\":\"yesterday\"}]");

        var keys = client.listDeployKeys(1L);

        assertEquals(Instant.parse("2026-03-01T08:15:30Z"), keys.get(0).createdAt());
        assertEquals(Instant.parse("2026-03-01T08:15:30.250Z"), keys.get(1).createdAt());
        assertNull(keys.get(2).createdAt(), "an unreadable timestamp is dropped, not fatal");
    }

    @Test
    void aMissingRequiredFieldIsAnUnexpectedResponse() {
        server.answer(200, "{\"slug\":\"s\",\"name\":\"n\"}");

        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, () -> client.getProject(1L));

        assertEquals("getProject", e.operation());
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnexpectedResponse() {
        server.answer(200, "<html>login page</html>");

        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, () -> client.getProject(1L));
        assertEquals("check the API URL and the API dialect", e.hint());
    }

    @Test
    void anObjectWhereAListBelongsIsAnUnexpectedResponse() {
        server.answer(200, "{\"items\":[]}");

        assertThrows(UnexpectedResponseException.class, () -> client.listProjects(1L));
    }

    @Test
    void anErrorWithoutAJsonBodyKeepsTheTextAsMessage() {
        server.answer(500, "upstream exploded");

        ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.createProject(1L,
                io.jenkins.plugins.convex.client.model.CreateProjectRequest.named("x")));

        assertNull(e.serverCode());
        assertEquals("upstream exploded", e.serverMessage());
    }

    @Test
    void aQuotaErrorSaysToDeleteUnusedPreviews() {
        server.answer(400, "{\"code\":\"DeploymentQuotaReached\",\"message\":\"Team has reached its limit of 40 deployments\"}");

        BadRequestException e = assertThrows(BadRequestException.class, () -> client.createCloudDeployment(1L,
                io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest.of(
                        io.jenkins.plugins.convex.client.model.DeploymentType.PREVIEW,
                        io.jenkins.plugins.convex.client.model.Region.AWS_US_EAST_1, null)));

        assertEquals("delete unused preview deployments, e.g. with `preview sweep`", e.hint());
    }

    @Test
    void aQuotaNamedOnlyInTheMessageGetsTheSameHint() {
        server.answer(400, "{\"code\":\"BadRequest\",\"message\":\"DeploymentQuotaReached: 40 of 40\"}");

        BadRequestException e = assertThrows(BadRequestException.class, () -> client.listDeployments(1L));
        assertTrue(e.getMessage().contains("preview sweep"), e.getMessage());
    }
}
