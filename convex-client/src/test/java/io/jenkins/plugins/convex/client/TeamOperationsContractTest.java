package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.TeamMember;
import java.util.List;
import org.junit.jupiter.api.Test;

/** listTeamMembers and createAccessToken. */
class TeamOperationsContractTest extends EmulatorTestBase {

    @Test
    void listTeamMembersReturnsAnAdminAndADeveloper() {
        List<TeamMember> members = client.listTeamMembers(TEAM);

        assertEquals(List.of("admin", "developer"), members.stream().map(TeamMember::role).sorted().toList());
        members.forEach(m -> assertTrue(m.email().contains("@"), m.email()));
    }

    @Test
    void createAccessTokenReturnsATokenThatWorksAtOnce() {
        AccessToken created = client.createAccessToken(TEAM, new CreateAccessTokenRequest("jenkins"));

        assertEquals("jenkins", created.name());
        assertNotNull(created.createdAt());
        ConvexClient withNewToken = clientWith(created.token(), fastRetries(1));
        withNewToken.createProject(TEAM, CreateProjectRequest.named("Made With New Token"));
        assertEquals(1, client.listProjects(TEAM).size());
    }

    @Test
    void anAccessTokensToStringHidesTheToken() {
        AccessToken created = client.createAccessToken(TEAM, new CreateAccessTokenRequest("jenkins"));

        assertFalse(created.toString().contains(created.token()));
    }
}
