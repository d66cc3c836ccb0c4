package io.jenkins.plugins.convex.steps;

import static io.jenkins.plugins.convex.ConvexTestSupport.assertNotInBuildDirectory;
import static io.jenkins.plugins.convex.ConvexTestSupport.client;
import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** convexDeployKey, withConvexDeployKey and convexDeleteDeployment in sandboxed Pipelines. */
@WithJenkins
class DeployKeyAndDeleteStepsTest {

    /** Taken once, in the @BeforeEach: each JenkinsRule parameter would start Jenkins again. */
    private JenkinsRule r;

    private ConvexEmulator emulator;
    private long projectId;
    private String preview;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        emulator = ConvexTestSupport.startEmulator();
        ConvexTestSupport.configure(emulator);
        projectId = createProject(emulator, "app");
        preview = client(emulator).createCloudDeployment(projectId,
                CreateCloudDeploymentRequest.of(DeploymentType.PREVIEW, Region.AWS_US_EAST_1, null)).name();
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

    @Test
    void secretsAsValuesAreRefusedBeforeAnyRequestUnlessAnAdministratorAllowsThem() throws Exception {
        emulator.clearRequests();
        WorkflowRun key = run(r, "convexDeployKey deploymentName: '" + preview + "', projectId: " + projectId, Result.FAILURE);
        r.assertLogContains("convexDeployKey would return a secret as a plain value", key);
        r.assertLogContains("use withConvexDeployKey(deploymentName: ...) { ... }", key);
        WorkflowRun created = run(r, "convexCreatePreview projectId: " + projectId + ", branch: 'feature/v', deployKey: true", Result.FAILURE);
        r.assertLogContains("convexCreatePreview(deployKey: true) would return a secret as a plain value", created);
        assertTrue(emulator.requests().isEmpty(), emulator.requests().toString());
    }

    @Test
    void convexDeployKeyReturnsTheKeyNamedAfterTheBuild() throws Exception {
        ConvexGlobalConfiguration.get().setSecretsAsValues(true);
        WorkflowRun b = run(r, "def k = convexDeployKey deploymentName: '" + preview + "', projectId: " + projectId + "\n"
                + "echo \"name=${k.name} for=${k.deploymentName} hasKey=${k.key.length() > 10} created=${k.createdAt != null}\"",
                Result.SUCCESS);
        r.assertLogContains("name=jenkins/" + b.getParent().getFullName() + "/1 for=" + preview + " hasKey=true", b);
        r.assertLogContains("[convex] created deploy key jenkins/" + b.getParent().getFullName() + "/1 for deployment " + preview, b);
    }

    @Test
    void convexDeployKeyFindsTheProjectWhenNotGivenOne() throws Exception {
        ConvexGlobalConfiguration.get().setSecretsAsValues(true);
        WorkflowRun b = run(r, "echo \"for=${convexDeployKey(deploymentName: '" + preview + "', keyName: 'ci').deploymentName}\"",
                Result.SUCCESS);
        r.assertLogContains("for=" + preview, b);
        r.assertLogContains("[convex] created deploy key ci for deployment " + preview, b);
    }

    @Test
    void withConvexDeployKeyBindsAMaskedVariableForTheBodyOnly() throws Exception {
        WorkflowRun b = run(r, "node {\n"
                + "  withConvexDeployKey(deploymentName: '" + preview + "', variable: 'MY_KEY') {\n"
                + "    writeFile file: 'key.txt', text: env.MY_KEY\n"
                + "    echo \"inside=${env.MY_KEY}\"\n"
                + "  }\n"
                + "  echo \"outside=${env.MY_KEY}\"\n"
                + "}", Result.SUCCESS);
        String key = r.jenkins.getWorkspaceFor(b.getParent()).child("key.txt").readToString();
        assertFalse(key.isEmpty());
        r.assertLogContains("inside=****", b);
        r.assertLogContains("outside=null", b);
        r.assertLogNotContains(key, b);
        assertNotInBuildDirectory(b, key);
        assertNotInBuildDirectory(b, emulator.defaultToken());
    }

    @Test
    void convexDeleteDeploymentDeletesAPreviewAndForgetsItsMapping() throws Exception {
        WorkflowRun b = run(r, "def p = convexCreatePreview projectId: " + projectId + ", branch: 'feature/gone'\n"
                + "def d = convexDeleteDeployment deploymentName: p.name\n"
                + "echo \"deleted=${d.deleted} forgotten=${d.storeEntryRemoved}\"", Result.SUCCESS);
        r.assertLogContains("deleted=true forgotten=true", b);
        assertTrue(JenkinsPreviewStore.get().find(projectId, PreviewIdentity.ofBranch("feature/gone", b.getParent().getFullName())).isEmpty());
    }

    @Test
    void convexDeleteDeploymentRefusesProductionUnlessAllowed() throws Exception {
        // The emulator's demo project comes with a production deployment.
        long demo = client(emulator).getProjectBySlug(emulator.defaultTeamSlug(), "demo").id();
        String prod = client(emulator).getDefaultProdDeployment(demo).name();
        WorkflowRun refused = run(r, "convexDeleteDeployment deploymentName: '" + prod + "'", Result.FAILURE);
        r.assertLogContains("refusing to delete deployment " + prod, refused);
        assertTrue(deploymentExists(emulator, prod));

        run(r, "convexDeleteDeployment deploymentName: '" + prod + "', allowProduction: true", Result.SUCCESS);
        assertFalse(deploymentExists(emulator, prod));
    }

    @Test
    void convexDeleteDeploymentOfAMissingDeploymentFailsOnlyWhenAsked() throws Exception {
        WorkflowRun ok = run(r, "echo \"gone=${convexDeleteDeployment(deploymentName: 'missing-otter-999').alreadyGone}\"",
                Result.SUCCESS);
        r.assertLogContains("gone=true", ok);
        WorkflowRun failed = run(r, "convexDeleteDeployment deploymentName: 'missing-otter-999', ignoreMissing: false",
                Result.FAILURE);
        r.assertLogContains("deployment missing-otter-999 does not exist", failed);
    }
}
