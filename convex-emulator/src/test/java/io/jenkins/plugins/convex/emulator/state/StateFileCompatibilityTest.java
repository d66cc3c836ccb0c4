package io.jenkins.plugins.convex.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state file written by an earlier emulator (the fixture {@code state-files/state-v1.json}, made
 * before the state model was split into classes, and before files said what they are) must load, and be
 * written back the same, with its kind added.
 */
class StateFileCompatibilityTest {

    private static final long TEAM = 1L;
    private static final long SPEC_PROJECT = 4294968303L;
    private static final long LIVE_PROJECT = 4294968307L;
    private static final long NEXT_ID = 4294968313L;

    @TempDir
    Path dir;

    private Path file;
    private byte[] fixture;
    private EmulatorState state;

    @BeforeEach
    void loadFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/state-files/state-v1.json")) {
            fixture = in.readAllBytes();
        }
        file = dir.resolve("state.json");
        Files.write(file, fixture);
        state = new EmulatorState(new StateFile(file));
    }

    @Test
    void teamsMembersAndTokensComeBack() {
        assertEquals(List.of(new Team(1L, "team-one", "team-one"), new Team(2L, "team-two", "team-two")), state.teams());
        assertEquals(List.of("admin", "developer"), state.members(TEAM, TEAM).stream().map(Member::role).toList());
        assertEquals(TEAM, state.authenticate("fixture-token-one"));
        assertEquals(2L, state.authenticate("fixture-token-two"));
        assertEquals("fixture-token-one", state.tokenOf(TEAM).orElseThrow());
    }

    @Test
    void projectsAndDeploymentsWithTheirFlagsComeBack() {
        assertEquals(List.of("spec-project", "live-project"), state.projects(TEAM, TEAM).stream().map(Project::slug).toList());
        assertEquals("tidy-owl-748", state.defaultDeployment(TEAM, SPEC_PROJECT, "prod").orElseThrow().name());
        assertEquals("gentle-falcon-125", state.defaultDeployment(TEAM, SPEC_PROJECT, "dev").orElseThrow().name());
        Deployment preview = state.deploymentByReference(TEAM, LIVE_PROJECT, "preview/feature-x").orElseThrow();
        assertEquals("eager-fox-702", preview.name());
        assertEquals(4102444800000L, preview.expiresAt());
        assertFalse(state.isDefault(preview));
        assertTrue(state.isDefault(state.deployment(TEAM, "jolly-seal-719")));
        assertNull(state.deployment(TEAM, "tidy-owl-748").isDefault(), "a spec-dialect deployment keeps its absent flag");
    }

    @Test
    void keysAndDomainsComeBack() {
        DeployKey specKey = state.deployKeysOfProject(TEAM, SPEC_PROJECT).get(0);
        assertEquals("deploy-key-4294968306", specKey.name());
        assertNull(specKey.allowedActions());
        assertEquals(List.of("deployment:deploy"), state.deployKeysOfDeployment(TEAM, "eager-fox-702").get(0).allowedActions());
        assertEquals("previews", state.previewDeployKeys(TEAM, LIVE_PROJECT).get(0).name());
        assertEquals(List.of("convexCloud", "convexSite"),
                state.customDomains(TEAM, "tidy-owl-748").stream().map(CustomDomain::requestDestination).toList());
    }

    @Test
    void idsKeepCountingFromTheStoredNextId() {
        assertEquals(NEXT_ID, state.createProject(TEAM, TEAM, "after", null).project().id());
    }

    @Test
    void savingWithoutAChangeWritesTheSameContentNowSayingWhatItIs() throws IOException {
        state.ensureTeam(TEAM, "team-one", "fixture-token-one");
        String expected = new String(fixture, StandardCharsets.UTF_8).replaceFirst("^\\{\n", "{\n  \"kind\" : \"convex-emulator-state\",\n");
        assertEquals(expected, Files.readString(file));
    }
}
