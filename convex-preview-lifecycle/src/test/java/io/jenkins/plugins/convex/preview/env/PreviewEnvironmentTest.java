package io.jenkins.plugins.convex.preview.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import io.jenkins.plugins.convex.preview.CreatePreviewRequest;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A preview's variables set after create-or-reuse, as the plugin will call it: one list, at most one update. */
class PreviewEnvironmentTest {

    ConvexEmulator emu;
    ConvexClient client;
    PreviewLifecycle lifecycle;
    long projectId;

    void start(EmulatorDialect dialect) {
        emu = ConvexEmulator.builder().dialect(dialect).localDeploymentUrls(true).build().start();
        client = ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(ApiToken.of(emu.defaultToken()))
                .dialect(dialect == EmulatorDialect.PLATFORM ? ApiDialect.PLATFORM : ApiDialect.SPEC).build();
        lifecycle = PreviewLifecycle.builder(client, new InMemoryPreviewStore()).build();
        projectId = client.createProject(emu.defaultTeamId(), CreateProjectRequest.named("env")).id();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    private long seen(String method, String suffix) {
        return emu.requests().stream().filter(r -> r.method().equals(method) && r.path().endsWith(suffix)).count();
    }

    private static PreviewVariables vars(String... nameValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put(nameValues[i], nameValues[i + 1]);
        }
        return PreviewVariables.of("environment", m);
    }

    @Test
    void withTheCreatesDeployKeyOnlyWhatDiffersIsSentAndNoOtherKeyIsMade() {
        start(EmulatorDialect.PLATFORM);
        PreviewResult preview = lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, PreviewIdentity.ofBranch("main"))
                .deployKey("build-1").build());
        emu.clearRequests();

        EnvironmentUpdate first = lifecycle.environment().apply(preview, vars("A", "1", "B", "2"));
        EnvironmentUpdate second = lifecycle.environment().apply(preview, vars("A", "1", "B", "3"));

        assertEquals(List.of("A", "B"), first.changed());
        assertEquals(List.of("B"), second.changed());
        assertEquals(1, second.unchanged());
        assertEquals(2, seen("GET", "/list_environment_variables"));
        assertEquals(2, seen("POST", "/update_environment_variables"));
        assertEquals(0, seen("POST", "/create_deploy_key"));
        assertEquals(Map.of("A", "1", "B", "3"), DeploymentApiClientBuilder.forDeploymentUrl(preview.url()).deployKey(preview.deployKey())
                .build().listEnvironmentVariables());
    }

    @Test
    void withoutADeployKeyOneIsMadeForThisAloneAndDeletedOnThePlatformDialect() {
        start(EmulatorDialect.PLATFORM);
        PreviewResult preview = lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, PreviewIdentity.ofBranch("main")).build());

        lifecycle.environment().apply(preview, vars("A", "1"));

        assertEquals(1, seen("POST", "/create_deploy_key"));
        assertEquals(1, seen("POST", "/delete_deploy_key"));
        assertEquals(0, client.listDeployKeys(projectId).size());
    }

    @Test
    void nothingIsSentForNoVariables() {
        start(EmulatorDialect.SPEC);
        PreviewResult preview = lifecycle.createOrReuse(CreatePreviewRequest.builder(projectId, PreviewIdentity.ofBranch("main")).build());
        emu.clearRequests();

        EnvironmentUpdate none = lifecycle.environment().apply(preview, PreviewVariables.none());

        assertTrue(none.changed().isEmpty());
        assertEquals(0, emu.requests().size());
    }
}
