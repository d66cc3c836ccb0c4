package io.jenkins.plugins.convex.steps.operations;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.client;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Each operation step in a sandboxed Pipeline against the emulator; team-level steps refused by default. */
@WithJenkins
class OperationStepsTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private ConvexEmulator emulator;
    private long projectId;
    private String slug;
    private String prod;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "Shop");
        slug = client(emulator).getProject(projectId).slug();
        prod = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PROD, Region.AWS_US_EAST_1, null)).name();
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private WorkflowRun run(JenkinsRule r, String script, Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    private WorkflowRun ok(JenkinsRule r, String script) throws Exception {
        return run(r, script, Result.SUCCESS);
    }

    @Test
    void convexCreateProjectReturnsTheNewProject() throws Exception {
        WorkflowRun b = ok(r, "def p = convexCreateProject name: 'Checkout'\necho \"name=${p.name} id=${p.id > 0}\"");
        r.assertLogContains("name=Checkout id=true", b);
        r.assertLogContains("[convex] created project ", b);
    }

    @Test
    void convexListProjectsListsTheDefaultTeamsProjects() throws Exception {
        WorkflowRun b = ok(r, "echo \"names=${convexListProjects().collect { it.name }.sort()}\"");
        r.assertLogContains("names=[Demo, Shop]", b);
    }

    @Test
    void convexGetProjectFindsByIdAndByTeamAndSlug() throws Exception {
        WorkflowRun b = ok(r, "def a = convexGetProject projectId: " + projectId + "\n"
                + "def s = convexGetProject slug: '" + slug + "'\n"
                + "echo \"same=${a.id == s.id} slug=${a.slug}\"");
        r.assertLogContains("same=true slug=" + slug, b);
    }

    @Test
    void convexCreateDeploymentListAndGetIt() throws Exception {
        WorkflowRun b = ok(r, "def d = convexCreateDeployment projectId: " + projectId + ", deploymentType: 'dev', region: 'aws-us-east-1'\n"
                + "def g = convexGetDeployment deploymentName: d.name\n"
                + "def all = convexListDeployments projectId: " + projectId + "\n"
                + "echo \"type=${g.deploymentType} listed=${all.any { it.name == d.name }}\"");
        r.assertLogContains("type=dev listed=true", b);
        r.assertLogContains("[convex] created dev deployment ", b);
    }

    @Test
    void convexGetDefaultProdDeploymentReturnsProduction() throws Exception {
        WorkflowRun b = ok(r, "echo \"prod=${convexGetDefaultProdDeployment(projectId: " + projectId + ").name}\"");
        r.assertLogContains("prod=" + prod, b);
    }

    @Test
    void convexListDeployKeysListsNamesWithoutSecrets() throws Exception {
        client(emulator).createDeployKey(projectId, new io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest(prod, "ci"));
        WorkflowRun b = ok(r, "def keys = convexListDeployKeys projectId: " + projectId + "\n"
                + "echo \"count=${keys.size()} hasKey=${keys[0].containsKey('key')}\"");
        r.assertLogContains("count=1 hasKey=false", b);
    }

    @Test
    void customDomainStepsAddListAndRemoveADomain() throws Exception {
        WorkflowRun b = ok(r, "convexCreateCustomDomain deploymentName: '" + prod + "', domain: 'api.example.com', requestDestination: 'convexCloud'\n"
                + "echo \"domains=${convexListCustomDomains(deploymentName: '" + prod + "').collect { it.domain }}\"\n"
                + "convexDeleteCustomDomain deploymentName: '" + prod + "', domain: 'api.example.com'\n"
                + "echo \"after=${convexListCustomDomains(deploymentName: '" + prod + "').size()}\"");
        r.assertLogContains("domains=[api.example.com]", b);
        r.assertLogContains("after=0", b);
    }

    @Test
    void convexListTeamMembersReturnsEmailsAndRoles() throws Exception {
        WorkflowRun b = ok(r, "def m = convexListTeamMembers()\necho \"members=${m.size() > 0} email=${m[0].email != null}\"");
        r.assertLogContains("members=true email=true", b);
    }

    @Test
    void aBadParameterFailsNamingItBeforeAnyRequest() throws Exception {
        emulator.clearRequests();
        WorkflowRun b = run(r, "convexCreateDeployment projectId: " + projectId + ", deploymentType: 'staging', region: 'aws-us-east-1'", Result.FAILURE);
        r.assertLogContains("convexCreateDeployment: deploymentType: 'staging' is not allowed", b);
        assertTrue(emulator.requests().isEmpty(), "requests: " + emulator.requests());
    }

    @Test
    void teamLevelStepsAreRefusedByDefaultBeforeAnyRequest() throws Exception {
        emulator.clearRequests();
        WorkflowRun delete = run(r, "convexDeleteProject projectId: " + projectId + ", confirm: '" + slug + "'", Result.FAILURE);
        r.assertLogContains("convexDeleteProject is a team-level operation and is refused", delete);
        WorkflowRun token = run(r, "convexCreateAccessToken name: 'ci'", Result.FAILURE);
        r.assertLogContains("convexCreateAccessToken is a team-level operation and is refused", token);
        WorkflowRun block = run(r, "withConvexAccessToken(name: 'ci') { echo 'inside' }", Result.FAILURE);
        r.assertLogContains("withConvexAccessToken is a team-level operation and is refused", block);
        r.assertLogNotContains("inside", block);
        assertTrue(emulator.requests().isEmpty(), "requests: " + emulator.requests());
        assertEquals(projectId, client(emulator).getProject(projectId).id());
    }

    @Test
    void convexDeleteProjectWithoutConfirmFailsBeforeAnyRequest() throws Exception {
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        emulator.clearRequests();
        WorkflowRun b = run(r, "convexDeleteProject projectId: " + projectId, Result.FAILURE);
        r.assertLogContains("convexDeleteProject: confirm: missing", b);
        assertTrue(emulator.requests().isEmpty(), "requests: " + emulator.requests());
    }

    @Test
    void convexDeleteProjectWithAnotherSlugFailsBeforeTheDelete() throws Exception {
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        WorkflowRun b = run(r, "convexDeleteProject projectId: " + projectId + ", confirm: 'not-" + slug + "'", Result.FAILURE);
        r.assertLogContains("confirm: 'not-" + slug + "' is not allowed", b);
        assertEquals(projectId, client(emulator).getProject(projectId).id());
    }

    @Test
    void convexDeleteProjectConfirmedBySlugDeletesWhenAllowed() throws Exception {
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        WorkflowRun b = ok(r, "def d = convexDeleteProject projectId: " + projectId + ", confirm: '" + slug + "'\necho \"deleted=${d.deleted}\"");
        r.assertLogContains("deleted=true", b);
        assertThrows(NotFoundException.class, () -> client(emulator).getProject(projectId));
    }

    @Test
    void convexCreateAccessTokenIsRefusedWithoutSecretsAsValuesEvenWhenTeamLevelIsAllowed() throws Exception {
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        emulator.clearRequests();
        WorkflowRun b = run(r, "convexCreateAccessToken name: 'ci'", Result.FAILURE);
        r.assertLogContains("convexCreateAccessToken would return a secret as a plain value", b);
        r.assertLogContains("use withConvexAccessToken(name: ...) { ... }", b);
        assertTrue(emulator.requests().isEmpty(), "requests: " + emulator.requests());
    }

    @Test
    void convexCreateAccessTokenReturnsTheTokenWithoutLoggingIt() throws Exception {
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        ConvexGlobalConfiguration.get().setSecretsAsValues(true);
        WorkflowRun b = ok(r, "def t = convexCreateAccessToken name: 'ci'\necho \"length=${t.token.length()} name=${t.name}\"");
        r.assertLogContains("name=ci", b);
        r.assertLogContains("[convex] created access token ci", b);
    }

    @Test
    void withConvexAccessTokenBindsTheTokenMaskedForTheBlock() throws Exception {
        ConvexGlobalConfiguration.get().setTeamLevelOperationsFromPipelines(true);
        WorkflowJob job = r.createProject(WorkflowJob.class, "token");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  withConvexAccessToken(name: 'ci') {\n"
                + "    echo \"token=${env.CONVEX_ACCESS_TOKEN}\"\n"
                + "    writeFile file: 'token.txt', text: env.CONVEX_ACCESS_TOKEN\n"
                + "  }\n"
                + "  echo \"after=${env.CONVEX_ACCESS_TOKEN}\"\n"
                + "}", true));
        WorkflowRun b = r.buildAndAssertSuccess(job);
        String token = r.jenkins.getWorkspaceFor(job).child("token.txt").readToString();
        assertTrue(token.length() > 8, "a token was bound");
        r.assertLogContains("token=****", b);
        r.assertLogContains("after=null", b);
        r.assertLogNotContains(token, b);
        assertNotInBuildDirectory(b, token);
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }
}
