package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** createProject, listProjects, getProject, getProjectBySlug, deleteProject against the emulator. */
class ProjectOperationsContractTest extends EmulatorTestBase {

    @Test
    void createProjectReturnsTheProjectWithAnInt64IdInTheTeam() {
        Project p = client.createProject(TEAM, CreateProjectRequest.named("Shop Front"));

        assertEquals("Shop Front", p.name());
        assertEquals(TEAM, p.teamId());
        assertTrue(p.id() > Integer.MAX_VALUE, "ids beyond int range survive: " + p.id());
        assertTrue(!p.slug().isBlank());
    }

    @Test
    void createProjectWithARegionAlsoCreatesItsProdDeployment() {
        Project p = client.createProject(TEAM, new CreateProjectRequest("With Prod", null, Region.AWS_EU_WEST_1, DeploymentClass.S256));

        var prod = client.getDefaultProdDeployment(p.id());
        assertEquals("prod", prod.deploymentType());
        assertEquals("aws-eu-west-1", prod.region());
        assertEquals("s256", prod.deploymentClass());
    }

    @Test
    void listProjectsReturnsTheTeamsProjectsOnly() {
        Project mine = client.createProject(TEAM, CreateProjectRequest.named("Mine"));
        clientWith(OTHER_TOKEN, fastRetries(1)).createProject(OTHER_TEAM, CreateProjectRequest.named("Theirs"));

        List<Project> projects = client.listProjects(TEAM);

        assertEquals(List.of(mine), projects);
    }

    @Test
    void getProjectReturnsWhatCreateReturned() {
        Project created = client.createProject(TEAM, CreateProjectRequest.named("Fetch Me"));

        assertEquals(created, client.getProject(created.id()));
    }

    @Test
    void getProjectBySlugFindsItByTeamSlugAndByTeamId() {
        Project created = client.createProject(TEAM, CreateProjectRequest.named("By Slug"));

        assertEquals(created, client.getProjectBySlug("demo-team", created.slug()));
        assertEquals(created, client.getProjectBySlug(Long.toString(TEAM), created.slug()));
    }

    @Test
    void deleteProjectRemovesTheProjectAndItsDeployments() {
        Project p = client.createProject(TEAM, new CreateProjectRequest("Doomed", null, Region.AWS_US_EAST_1, null));
        String prodName = client.getDefaultProdDeployment(p.id()).name();

        client.deleteProject(p.id());

        assertThrows(NotFoundException.class, () -> client.getProject(p.id()));
        assertThrows(NotFoundException.class, () -> client.getDeployment(prodName));
        assertEquals(1, seen("POST", "/projects/" + p.id() + "/delete"));
    }

    @Test
    void anotherTeamsProjectIsNotFound() {
        Project theirs = clientWith(OTHER_TOKEN, fastRetries(1)).createProject(OTHER_TEAM, CreateProjectRequest.named("Theirs"));

        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getProject(theirs.id()));
        assertEquals(404, e.status());
        assertEquals("getProject", e.operation());
    }
}
