package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformDeploymentsTest extends PlatformTestBase {

    long projectId;

    @BeforeEach
    void project() {
        projectId = createProject("p");
    }

    private JsonNode preview(String reference) {
        return createDeployment(projectId, "{\"type\":\"preview\",\"reference\":\"" + reference + "\"}");
    }

    @Test
    void aCreatedDeploymentHasTheLiveShape() {
        long expiresAt = System.currentTimeMillis() + 86_400_000L;
        JsonNode d = createDeployment(projectId,
                "{\"type\":\"preview\",\"region\":\"aws-us-east-1\",\"class\":\"d2048\",\"reference\":\"preview/fix-auth\",\"expiresAt\":" + expiresAt + "}");
        String name = d.get("name").asText();
        assertTrue(name.matches("[a-z]+-[a-z]+-\\d{3}"), name);
        assertEquals("cloud", d.get("kind").asText());
        assertEquals("preview", d.get("deploymentType").asText());
        assertEquals("d2048", d.get("class").asText());
        assertEquals("aws-us-east-1", d.get("region").asText());
        assertEquals(projectId, d.get("projectId").asLong());
        assertEquals("https://" + name + ".convex.cloud", d.get("deploymentUrl").asText());
        assertEquals("preview/fix-auth", d.get("reference").asText());
        assertEquals(expiresAt, d.get("expiresAt").asLong());
        assertFalse(d.get("isDefault").asBoolean());
        assertTrue(d.get("createTime").isIntegralNumber());
        assertTrue(d.get("creator").asLong() > (1L << 32));
    }

    @Test
    void withoutAReferenceOneIsGeneratedAndADevOrProdBecomesTheDefault() {
        JsonNode d = createDeployment(projectId, "{\"type\":\"prod\"}");
        assertTrue(d.get("isDefault").asBoolean());
        assertEquals("prod/" + d.get("name").asText(), d.get("reference").asText());
        assertEquals("s16", d.get("class").asText());
        assertEquals("aws-us-east-1", d.get("region").asText());
    }

    @Test
    void aSecondProdWithoutReferenceIsNotTheDefault() {
        String first = createDeployment(projectId, "{\"type\":\"prod\"}").get("name").asText();
        JsonNode second = createDeployment(projectId, "{\"type\":\"prod\"}");
        assertFalse(second.get("isDefault").asBoolean());
        assertEquals(first, ok(http.get("/v1/projects/" + projectId + "/deployment?defaultProd=true")).get("name").asText());
    }

    @Test
    void askingForASecondDefaultProdIsRefused() {
        createDeployment(projectId, "{\"type\":\"prod\"}");
        String message = error(400, http.post("/v1/projects/" + projectId + "/create_deployment",
                "{\"type\":\"prod\",\"reference\":\"prod-two\",\"isDefault\":true}"));
        assertTrue(message.contains("isDefault"), message);
    }

    @Test
    void aPreviewCannotBeADefault() {
        assertTrue(error(400, http.post("/v1/projects/" + projectId + "/create_deployment",
                "{\"type\":\"preview\",\"isDefault\":true}")).contains("'isDefault'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Preview/Upper", "preview_x", "happy-otter-123", "local-thing", "prod", "dev", "cloud", "local",
        "default", "name", "new", "existing", "deployment", "preview"})
    void aReferenceBreakingTheLiveRulesIsRefusedNamingTheField(String reference) {
        String message = error(400, http.post("/v1/projects/" + projectId + "/create_deployment",
                "{\"type\":\"preview\",\"reference\":\"" + reference + "\"}"));
        assertTrue(message.contains("'reference'") && message.contains(reference), message);
    }

    @Test
    void aReferenceOfAHundredCharactersIsAcceptedButNotOneMore() {
        String hundred = "preview/" + "a".repeat(92);
        assertEquals(hundred, preview(hundred).get("reference").asText());
        error(400, http.post("/v1/projects/" + projectId + "/create_deployment", "{\"type\":\"preview\",\"reference\":\"" + hundred + "b\"}"));
    }

    @Test
    void aReferenceIsUniqueInItsProjectOnly() {
        preview("preview/main");
        assertTrue(error(400, http.post("/v1/projects/" + projectId + "/create_deployment",
                "{\"type\":\"preview\",\"reference\":\"preview/main\"}")).contains("reference"));
        long otherProject = createProject("q");
        createDeployment(otherProject, "{\"type\":\"preview\",\"reference\":\"preview/main\"}");
    }

    @Test
    void aDeploymentIsFoundByItsReference() {
        String name = preview("preview/feature-x").get("name").asText();
        JsonNode found = ok(http.get("/v1/projects/" + projectId + "/deployment?reference=preview/feature-x"));
        assertEquals(name, found.get("name").asText());
        assertEquals(name, ok(http.get("/v1/teams/team-one/projects/p/deployment?reference=preview/feature-x")).get("name").asText());
        error(404, http.get("/v1/projects/" + projectId + "/deployment?reference=preview/nope"));
    }

    @Test
    void theDefaultProdAndDevAreFoundByQuery() {
        error(404, http.get("/v1/projects/" + projectId + "/deployment?defaultProd=true"));
        String prod = createDeployment(projectId, "{\"type\":\"prod\"}").get("name").asText();
        String dev = createDeployment(projectId, "{\"type\":\"dev\"}").get("name").asText();
        assertEquals(prod, ok(http.get("/v1/projects/" + projectId + "/deployment?defaultProd=true")).get("name").asText());
        assertEquals(dev, ok(http.get("/v1/projects/" + projectId + "/deployment?defaultDev=true")).get("name").asText());
    }

    @Test
    void askingForADeploymentWithoutSayingWhichIsABadRequest() {
        error(400, http.get("/v1/projects/" + projectId + "/deployment"));
    }

    @Test
    void listDeploymentsFiltersByTypeAndDefault() {
        createDeployment(projectId, "{\"type\":\"prod\"}");
        preview("preview/a");
        preview("preview/b");
        assertEquals(3, ok(http.get("/v1/projects/" + projectId + "/list_deployments")).size());
        assertEquals(2, ok(http.get("/v1/projects/" + projectId + "/list_deployments?deploymentType=preview")).size());
        assertEquals(1, ok(http.get("/v1/projects/" + projectId + "/list_deployments?isDefault=true")).size());
        assertTrue(error(400, http.get("/v1/projects/" + projectId + "/list_deployments?deploymentType=staging")).contains("deploymentType"));
    }

    @Test
    void patchChangesExpiryAndReference() {
        String name = preview("preview/old").get("name").asText();
        long later = System.currentTimeMillis() + 5 * 86_400_000L;
        Http.Reply patched = http.send("PATCH", "/v1/deployments/" + name, "{\"expiresAt\":" + later + ",\"reference\":\"preview/new\"}");
        assertEquals(200, patched.status(), patched.text());
        JsonNode d = ok(http.get("/v1/deployments/" + name));
        assertEquals(later, d.get("expiresAt").asLong());
        assertEquals("preview/new", d.get("reference").asText());
        error(404, http.get("/v1/projects/" + projectId + "/deployment?reference=preview/old"));
    }

    @Test
    void patchWithAnExpiryInThePastOrABadReferenceIsRefused() {
        String name = preview("preview/x").get("name").asText();
        assertTrue(error(400, http.send("PATCH", "/v1/deployments/" + name, "{\"expiresAt\":1000}")).contains("'expiresAt'"));
        assertTrue(error(400, http.send("PATCH", "/v1/deployments/" + name, "{\"reference\":\"preview\"}")).contains("'reference'"));
        error(404, http.send("PATCH", "/v1/deployments/no-such-name-1", "{\"reference\":\"preview/y\"}"));
    }

    @Test
    void aDeploymentPastItsExpiryIsGone() throws InterruptedException {
        long soon = System.currentTimeMillis() + 300;
        String name = createDeployment(projectId, "{\"type\":\"preview\",\"expiresAt\":" + soon + "}").get("name").asText();
        Thread.sleep(500);
        error(404, http.get("/v1/deployments/" + name));
    }

    @Test
    void deleteDeploymentRemovesIt() {
        String name = preview("preview/x").get("name").asText();
        assertEquals(200, http.post("/v1/deployments/" + name + "/delete").status());
        error(404, http.get("/v1/deployments/" + name));
    }

    @Test
    void teamListDeploymentsFiltersByTypeAndProjectAndPaginates() {
        preview("preview/a");
        preview("preview/b");
        createDeployment(projectId, "{\"type\":\"prod\"}");
        long otherProject = createProject("q");
        createDeployment(otherProject, "{\"type\":\"preview\",\"reference\":\"preview/a\"}");
        JsonNode page = ok(http.get("/v1/teams/1/list_deployments?deploymentType=preview&projectId=" + projectId + "&limit=1"));
        assertEquals(1, page.get("items").size());
        assertEquals("preview/a", page.get("items").get(0).get("reference").asText());
        String cursor = page.get("pagination").get("nextCursor").asText();
        JsonNode next = ok(http.get("/v1/teams/1/list_deployments?deploymentType=preview&projectId=" + projectId + "&limit=1&cursor=" + cursor));
        assertEquals("preview/b", next.get("items").get(0).get("reference").asText());
        assertFalse(next.get("pagination").get("hasMore").asBoolean());
        assertEquals(4, ok(http.get("/v1/teams/1/list_deployments")).get("items").size());
        error(404, other.get("/v1/teams/1/list_deployments"));
    }

    @Test
    void teamListDeploymentsSortsByReferenceDescendingWhenAsked() {
        preview("preview/b");
        preview("preview/c");
        preview("preview/a");
        JsonNode items = ok(http.get("/v1/teams/1/list_deployments?sortBy=reference&sortOrder=desc")).get("items");
        assertEquals("preview/c", items.get(0).get("reference").asText());
        assertEquals("preview/b", items.get(1).get("reference").asText());
        assertEquals("preview/a", items.get(2).get("reference").asText());
    }

    @Test
    void teamListDeploymentsSearchesReferencesIgnoringCase() {
        preview("preview/fix-auth");
        preview("preview/other");
        JsonNode items = ok(http.get("/v1/teams/1/list_deployments?q=FIX-AUTH")).get("items");
        assertEquals(1, items.size());
        assertEquals("preview/fix-auth", items.get(0).get("reference").asText());
    }

    @Test
    void teamListDeploymentsRefusesAnUnknownSortOrderNamingIt() {
        assertTrue(error(400, http.get("/v1/teams/1/list_deployments?sortOrder=sideways")).contains("sortOrder"));
    }

    @Test
    void regionsAndClassesAreListed() {
        JsonNode regions = ok(http.get("/v1/teams/1/list_deployment_regions")).get("items");
        assertEquals(2, regions.size());
        assertEquals("aws-us-east-1", regions.get(0).get("name").asText());
        assertTrue(regions.get(0).get("available").asBoolean());
        assertTrue(regions.get(0).has("displayName"));
        JsonNode classes = ok(http.get("/v1/teams/1/list_deployment_classes")).get("items");
        assertEquals(4, classes.size());
        assertEquals("d2048", classes.get(3).get("type").asText());
    }

    @Test
    void anotherTeamsDeploymentIsNotFound() {
        String name = preview("preview/x").get("name").asText();
        error(404, other.get("/v1/deployments/" + name));
        error(404, other.send("PATCH", "/v1/deployments/" + name, "{\"reference\":\"preview/y\"}"));
    }
}
