package io.jenkins.plugins.convex.preview.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.preview.EmulatorFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each operation with a user's parameters against the emulator over HTTP. */
class ManagementOperationsTest {

    final EmulatorFixture emu = new EmulatorFixture();
    final ManagementOperations ops = new ManagementOperations(emu.client);
    final long team = emu.emulator.defaultTeamId();

    @AfterEach
    void stop() {
        emu.close();
    }

    /** Fails naming {@code field}, and nothing reached the server. */
    void refusedBeforeAnyRequest(String field, Executable call) {
        emu.emulator.clearRequests();
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(field, e.field());
        assertTrue(emu.emulator.requests().isEmpty(), "requests were sent: " + emu.emulator.requests());
    }

    static void onlySandboxSafeValues(Map<String, Object> m) {
        m.values().forEach(v -> assertTrue(v == null || v instanceof String || v instanceof Long || v instanceof Boolean,
                "not sandbox-safe: " + v));
    }

    @Test
    void createProjectReturnsItsIdSlugAndTeam() {
        LinkedHashMap<String, Object> p = ops.createProject(team, "Checkout", null, null);
        assertEquals("Checkout", p.get("name"));
        assertNotNull(p.get("slug"));
        assertTrue((Long) p.get("id") > 0);
        onlySandboxSafeValues(p);
    }

    @Test
    void createProjectWithABadRegionNamesTheRegion() {
        refusedBeforeAnyRequest("region", () -> ops.createProject(team, "Checkout", "mars-1", null));
        refusedBeforeAnyRequest("name", () -> ops.createProject(team, " ", null, null));
    }

    @Test
    void listProjectsListsTheTeamsProjects() {
        List<LinkedHashMap<String, Object>> projects = ops.listProjects(team);
        assertEquals(List.of("shop"), projects.stream().map(p -> p.get("name")).toList());
    }

    @Test
    void getProjectFindsAProjectByIdOrByTeamAndSlug() {
        Map<String, Object> byId = ops.getProject(emu.projectId, null, null);
        Map<String, Object> bySlug = ops.getProject(0, Long.toString(team), (String) byId.get("slug"));
        assertEquals(byId, bySlug);
    }

    @Test
    void getProjectNeedsExactlyOneOfItsTwoForms() {
        refusedBeforeAnyRequest("project_id", () -> ops.getProject(0, null, null));
        refusedBeforeAnyRequest("slug", () -> ops.getProject(emu.projectId, "1", "shop"));
        refusedBeforeAnyRequest("team_id", () -> ops.getProject(0, null, "shop"));
    }

    @Test
    void deleteProjectWithoutConfirmFailsBeforeAnyRequest() {
        refusedBeforeAnyRequest("confirm", () -> ops.deleteProject(emu.projectId, null));
        assertEquals(emu.projectId, emu.client.getProject(emu.projectId).id());
    }

    @Test
    void deleteProjectWithAConfirmOtherThanTheSlugFailsBeforeTheDelete() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ops.deleteProject(emu.projectId, "not-shop"));
        assertEquals("confirm", e.field());
        assertEquals(0, emu.count("POST", "/projects/[0-9]+/delete$"));
        assertEquals(emu.projectId, emu.client.getProject(emu.projectId).id());
    }

    @Test
    void deleteProjectConfirmedByItsSlugDeletesIt() {
        String slug = emu.client.getProject(emu.projectId).slug();
        Map<String, Object> deleted = ops.deleteProject(emu.projectId, slug);
        assertEquals(Boolean.TRUE, deleted.get("deleted"));
        assertThrows(NotFoundException.class, () -> emu.client.getProject(emu.projectId));
    }

    @Test
    void createDeploymentThenGetAndListIt() {
        Map<String, Object> d = ops.createDeployment(emu.projectId, "dev", "aws-us-east-1", null);
        assertEquals("dev", d.get("deploymentType"));
        onlySandboxSafeValues(d);
        assertEquals(d.get("name"), ops.getDeployment((String) d.get("name")).get("name"));
        assertTrue(ops.listDeployments(emu.projectId).stream().anyMatch(x -> x.get("name").equals(d.get("name"))));
    }

    @Test
    void createDeploymentNeedsATypeAndARegion() {
        refusedBeforeAnyRequest("deployment_type", () -> ops.createDeployment(emu.projectId, null, "aws-us-east-1", null));
        refusedBeforeAnyRequest("deployment_type", () -> ops.createDeployment(emu.projectId, "staging", "aws-us-east-1", null));
        refusedBeforeAnyRequest("region", () -> ops.createDeployment(emu.projectId, "dev", null, null));
        refusedBeforeAnyRequest("deployment_class", () -> ops.createDeployment(emu.projectId, "dev", "aws-us-east-1", "huge"));
    }

    @Test
    void getDefaultProdDeploymentReturnsTheProductionDeployment() {
        ops.createDeployment(emu.projectId, "prod", "aws-us-east-1", null);
        assertEquals("prod", ops.getDefaultProdDeployment(emu.projectId).get("deploymentType"));
    }

    @Test
    void listDeployKeysShowsNamesButNoSecret() {
        String name = (String) ops.createDeployment(emu.projectId, "dev", "aws-us-east-1", null).get("name");
        emu.client.createDeployKey(emu.projectId, new io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest(name, "ci"));
        List<LinkedHashMap<String, Object>> keys = ops.listDeployKeys(emu.projectId);
        assertEquals(1, keys.size());
        assertFalse(keys.get(0).containsKey("key"));
    }

    @Test
    void customDomainsAreCreatedListedAndDeleted() {
        String name = (String) ops.createDeployment(emu.projectId, "prod", "aws-us-east-1", null).get("name");
        ops.createCustomDomain(name, "api.example.com", "convexCloud");
        assertEquals(List.of("api.example.com"), ops.listCustomDomains(name).stream().map(d -> d.get("domain")).toList());
        assertEquals(Boolean.TRUE, ops.deleteCustomDomain(name, "api.example.com").get("deleted"));
        assertTrue(ops.listCustomDomains(name).isEmpty());
    }

    @Test
    void customDomainParametersAreCheckedFirst() {
        refusedBeforeAnyRequest("domain", () -> ops.createCustomDomain("happy-otter-1", "Not A Domain", "convexCloud"));
        refusedBeforeAnyRequest("request_destination", () -> ops.createCustomDomain("happy-otter-1", "api.example.com", "elsewhere"));
        refusedBeforeAnyRequest("deployment_name", () -> ops.listCustomDomains("Bad_Name"));
    }

    @Test
    void listTeamMembersReturnsIdsEmailsAndRoles() {
        List<LinkedHashMap<String, Object>> members = ops.listTeamMembers(team);
        assertFalse(members.isEmpty());
        assertNotNull(members.get(0).get("email"));
        onlySandboxSafeValues(members.get(0));
    }

    @Test
    void createAccessTokenReturnsTheToken() {
        Map<String, Object> token = ops.createAccessToken(team, "ci");
        assertEquals("ci", token.get("name"));
        assertFalse(((String) token.get("token")).isEmpty());
        refusedBeforeAnyRequest("name", () -> ops.createAccessToken(team, ""));
    }

    @Test
    void theTeamIsTheGivenOneElseTheDefaultElseAClearError() {
        assertEquals(5L, ManagementOperations.teamId("5", "9"));
        assertEquals(9L, ManagementOperations.teamId(null, "9"));
        assertEquals("team_id", assertThrows(InvalidInputException.class, () -> ManagementOperations.teamId(" ", null)).field());
        assertEquals("team_id", assertThrows(InvalidInputException.class, () -> ManagementOperations.teamId("abc", null)).field());
    }

    @Test
    void teamLevelOperationsAreRefusedUnlessAllowed() {
        TeamLevelOperationRefusedException e = assertThrows(TeamLevelOperationRefusedException.class,
                () -> TeamLevelOperationRefusedException.requireAllowed(false, "convexDeleteProject"));
        assertTrue(e.getMessage().contains("Allow team-level operations from pipelines"));
        TeamLevelOperationRefusedException.requireAllowed(true, "convexDeleteProject");
    }
}
