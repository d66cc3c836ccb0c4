package io.jenkins.plugins.convex.client.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A deployment's variables through its own API, at the URL the Management API gives (the emulator's,
 * with local deployment URLs), with either dialect: the Deployment API is the same for both.
 */
class DeploymentApiClientTest {

    static final String TOKEN = "deployment-api-team-token-5e1f";

    ConvexEmulator emu;
    ConvexClient management;

    void start(EmulatorDialect dialect) {
        emu = ConvexEmulator.builder().dialect(dialect).localDeploymentUrls(true).team(1L, "demo-team", TOKEN).build().start();
        management = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(TOKEN))
                .dialect(dialect == EmulatorDialect.PLATFORM ? ApiDialect.PLATFORM : ApiDialect.SPEC).build();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    private Deployment preview() {
        long projectId = management.createProject(1L, CreateProjectRequest.named("Vars")).id();
        return management.createCloudDeployment(projectId, CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
    }

    private String keyOf(Deployment d) {
        return management.createDeployKey(d.projectId(), new CreateDeployKeyRequest(d.name(), "ci")).key();
    }

    private static DeploymentApiClient client(Deployment d, String key) {
        return DeploymentApiClientBuilder.forDeploymentUrl(d.url()).deployKey(key)
                .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(5), Duration.ofMillis(10))).build();
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void variablesAreSetListedAndRemovedAtTheDeploymentsUrl(EmulatorDialect dialect) {
        start(dialect);
        Deployment d = preview();
        DeploymentApiClient api = client(d, keyOf(d));

        api.updateEnvironmentVariables(List.of(EnvironmentVariableChange.set("STRIPE_KEY", "sk_test_1"), EnvironmentVariableChange.set("FLAG", "on")));
        api.updateEnvironmentVariables(List.of(EnvironmentVariableChange.unset("FLAG")));

        assertEquals(Map.of("STRIPE_KEY", "sk_test_1"), api.listEnvironmentVariables());
        assertEquals(2, emu.requests().stream().filter(r -> r.path().equals("/d/" + d.name() + "/api/v1/update_environment_variables")).count());
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void aWrongKeyOrAKeyOfAnotherDeploymentIsUnauthorizedAndNeverInTheError(EmulatorDialect dialect) {
        start(dialect);
        Deployment d = preview();
        keyOf(d);
        Deployment other = management.createCloudDeployment(d.projectId(), CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));
        String otherKey = keyOf(other);
        String wrong = "preview:" + d.name() + "|not-a-real-key-1234";

        for (String key : List.of(wrong, otherKey)) {
            UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> client(d, key).listEnvironmentVariables());
            assertEquals(401, e.status());
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertFalse(trace.toString().contains(key), "the deploy key leaked: " + trace);
        }
    }

    @ParameterizedTest
    @EnumSource(EmulatorDialect.class)
    void badInputIsRefusedBeforeAnyRequestAndTheKeyNeverShows(EmulatorDialect dialect) {
        start(dialect);
        Deployment d = preview();
        String key = keyOf(d);
        emu.clearRequests();
        DeploymentApiClient api = client(d, key);

        assertEquals("changes", assertThrows(InvalidInputException.class, () -> api.updateEnvironmentVariables(List.of(
                EnvironmentVariableChange.set("A", "1"), EnvironmentVariableChange.unset("A")))).field());
        assertEquals("deploy_key", assertThrows(InvalidInputException.class,
                () -> DeploymentApiClientBuilder.forDeploymentUrl(d.url()).deployKey(" ")).field());
        assertEquals("deployment_url", assertThrows(InvalidInputException.class,
                () -> DeploymentApiClientBuilder.forDeploymentUrl("not a url")).field());
        assertFalse(api.toString().contains(key), api.toString());
        assertEquals("DeploymentApiClient[https://happy-otter-123.convex.cloud:443/api/v1]",
                DeploymentApiClientBuilder.forDeploymentName("happy-otter-123").deployKey(key).build().toString());
        assertEquals("deployment_name", assertThrows(InvalidInputException.class,
                () -> DeploymentApiClientBuilder.forDeploymentName("Not_A_Name")).field());
        assertEquals(0, emu.requests().size());
    }

    @ParameterizedTest
    @EnumSource(value = EmulatorDialect.class, names = "PLATFORM")
    void aNewPreviewStartsWithTheProjectsPreviewDefaults(EmulatorDialect dialect) {
        start(dialect);
        Deployment first = preview();
        management.updateDefaultEnvironmentVariables(first.projectId(), List.of(
                new DefaultEnvironmentVariableChange(DeploymentType.PREVIEW,
                        EnvironmentVariableChange.set("FEATURE_X", "on"))));

        Deployment fresh = management.createCloudDeployment(first.projectId(),
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null));

        assertEquals(Map.of("FEATURE_X", "on"), client(fresh, keyOf(fresh)).listEnvironmentVariables());
        assertEquals(Map.of(), client(first, keyOf(first)).listEnvironmentVariables());
    }
}
