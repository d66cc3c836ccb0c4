package io.jenkins.plugins.convex.client.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.model.AccessToken;
import io.jenkins.plugins.convex.client.model.CreateAccessTokenRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClassInfo;
import io.jenkins.plugins.convex.client.model.DeploymentRegionInfo;
import io.jenkins.plugins.convex.client.model.TeamMember;
import io.jenkins.plugins.convex.client.model.TokenDetails;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Team members, access tokens, token details, regions and classes on the live dialect. */
class PlatformTeamOperationsTest extends PlatformEmulatorTestBase {

    @Test
    void listTeamMembersReadsTheItems() {
        List<TeamMember> members = client.listTeamMembers(TEAM);

        assertEquals(2, members.size());
        assertTrue(members.stream().anyMatch(m -> m.role().equals("admin")));
        assertTrue(members.stream().allMatch(m -> m.email() != null && m.id() > 0));
    }

    @Test
    void createAccessTokenReturnsATokenThatWorks() {
        AccessToken token = client.createAccessToken(TEAM, new CreateAccessTokenRequest("ci-bot"));

        assertEquals("ci-bot", token.name());
        assertEquals(2, clientWith(token.token()).listTeamMembers(TEAM).size());
    }

    @Test
    void getTokenDetailsNamesTheTeam() {
        TokenDetails details = client.getTokenDetails();

        assertEquals("teamToken", details.type());
        assertEquals(TEAM, details.teamId());
        assertTrue(details.createTime() != null);
        assertEquals(1, seen("GET", "/token_details"));
    }

    @Test
    void listDeploymentRegionsAndClassesIncludeTheLiveOnes() {
        List<String> regions = client.listDeploymentRegions(TEAM).stream().map(DeploymentRegionInfo::name).toList();
        List<String> classes = client.listDeploymentClasses(TEAM).stream().map(DeploymentClassInfo::type).toList();

        assertTrue(regions.containsAll(List.of("aws-us-east-1", "aws-eu-west-1")), regions.toString());
        assertTrue(classes.contains("d2048"), classes.toString());
    }

    @Test
    void autoSpeaksPlatformToTheLiveHostsAndSpecElsewhere() {
        ApiToken token = ApiToken.of("unused");

        assertEquals(ApiDialect.PLATFORM, ConvexClientBuilder.forBaseUrl("https://api.convex.dev/v1").token(token).build().dialect());
        assertEquals(ApiDialect.PLATFORM, ConvexClientBuilder.forBaseUrl("https://provision.convex.dev/v1").token(token).build().dialect());
        assertEquals(ApiDialect.SPEC, ConvexClientBuilder.forBaseUrl(emu.baseUrl()).token(token).build().dialect());
        assertEquals(ApiDialect.PLATFORM, client.dialect());
    }
}
