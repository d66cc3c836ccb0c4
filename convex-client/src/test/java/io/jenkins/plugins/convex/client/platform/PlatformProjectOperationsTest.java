package io.jenkins.plugins.convex.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** createProject, listProjects (paginated), getProject, getProjectBySlug, deleteProject on the live dialect. */
class PlatformProjectOperationsTest extends PlatformEmulatorTestBase {

    @Test
    void createProjectSendsProjectNameAndReturnsIdSlugAndName() {
        Project p = client.createProject(TEAM, CreateProjectRequest.named("Shop Front"));

        assertTrue(p.id() > Integer.MAX_VALUE);
        assertEquals("shop-front", p.slug());
        assertEquals("Shop Front", p.name());
        assertEquals(TEAM, p.teamId());
        assertEquals(1, seen("POST", "/teams/1/create_project"));
    }

    @Test
    void createProjectWithARegionMakesTheDefaultProdDeployment() {
        Project p = client.createProject(TEAM, new CreateProjectRequest("With Prod", null, Region.AWS_EU_WEST_1, DeploymentClass.D2048));

        Deployment prod = client.getDefaultProdDeployment(p.id());
        assertEquals("prod", prod.deploymentType());
        assertEquals("aws-eu-west-1", prod.region());
        assertEquals("d2048", prod.deploymentClass());
    }

    @Test
    void listProjectsFollowsEveryPage() {
        for (int i = 0; i < 103; i++) {
            client.createProject(TEAM, CreateProjectRequest.named("p" + i));
        }
        emu.clearRequests();

        List<Project> all = client.listProjects(TEAM);

        assertEquals(103, all.size());
        assertEquals(2, seen("GET", "/teams/1/projects"), "pages of 100: two requests");
        assertEquals(103, all.stream().map(Project::id).distinct().count());
    }

    @Test
    void getProjectAndGetProjectBySlugReadTheCamelCaseShape() {
        Project created = client.createProject(TEAM, CreateProjectRequest.named("Read Me"));

        Project byId = client.getProject(created.id());
        Project bySlug = client.getProjectBySlug("demo-team", "read-me");

        assertEquals(created.id(), byId.id());
        assertEquals("Read Me", byId.name());
        assertEquals(TEAM, byId.teamId());
        assertEquals(byId, bySlug);
    }

    @Test
    void deleteProjectRemovesIt() {
        Project p = client.createProject(TEAM, CreateProjectRequest.named("Doomed"));

        client.deleteProject(p.id());

        assertThrows(NotFoundException.class, () -> client.getProject(p.id()));
    }

    @Test
    void anotherTeamsProjectIsNotFound() {
        Project p = client.createProject(TEAM, CreateProjectRequest.named("Mine"));

        NotFoundException e = assertThrows(NotFoundException.class, () -> clientWith(OTHER_TOKEN).getProject(p.id()));
        assertEquals("getProject", e.operation());
        assertNotNull(e.getMessage());
    }
}
