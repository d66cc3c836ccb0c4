package io.jenkins.plugins.convex.cleanup;

import static io.jenkins.plugins.convex.ConvexTestSupport.createProject;
import static io.jenkins.plugins.convex.ConvexTestSupport.deploymentExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.ExtensionList;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.EmulatorFaults;
import io.jenkins.plugins.convex.action.ConvexPreviewAction;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.monitor.PendingDeletionsMonitor;
import io.jenkins.plugins.convex.preview.cleanup.DeletionAttempt;
import io.jenkins.plugins.convex.preview.cleanup.PendingDeletion;
import io.jenkins.plugins.convex.preview.cleanup.RetrySchedule;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A deletion owed while the API fails survives a restart and completes after it; repeated failure reaches the monitor. */
class PendingDeletionRestartTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    /** Outlives the controller's restarts, as the real service would. */
    private static ConvexEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = ConvexTestSupport.startEmulator();
        // These tests drive the queue themselves; the minute's periodic work would race them for the same entry.
        PreviewCleanupWork.paused = true;
    }

    @AfterAll
    static void stopEmulator() {
        PreviewCleanupWork.paused = false;
        emulator.close();
    }

    private static String createPreviewThenDeleteJob(JenkinsRule r, long projectId) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'feature/gone')", true));
        String name = r.buildAndAssertSuccess(p).getAction(ConvexPreviewAction.class).getDeploymentName();
        p.delete();
        PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);
        return name;
    }

    /** What the periodic work does once the entry is due; the entry is made due instead of waiting minutes. */
    private static List<DeletionAttempt> retryNow(String deploymentName) {
        PreviewCleanup.get().queue().update(deploymentName, d -> d.dueNow(Instant.now()));
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            return PreviewCleanup.get().processNow();
        }
    }

    @Test
    void aDeletionThatFailedBeforeARestartIsRetriedAndCompletesAfterIt() throws Throwable {
        long projectId = createProject(emulator, "restart-cleanup");
        String[] name = new String[1];
        sessions.then(r -> {
            ConvexTestSupport.configure(emulator);
            EmulatorFaults.failDeploymentDeletes(emulator);
            name[0] = createPreviewThenDeleteJob(r, projectId);
            PendingDeletion pending = PreviewCleanup.get().queue().find(name[0]).orElseThrow();
            assertEquals(PendingDeletion.State.RETRYING, pending.state());
            assertEquals(1, pending.attempts());
            assertTrue(deploymentExists(emulator, name[0]));
        });
        emulator.clearFaults();
        sessions.then(r -> {
            assertEquals(1, PreviewCleanup.get().queue().list().size(), "the pending deletion survived the restart");
            List<DeletionAttempt> attempts = retryNow(name[0]);
            assertEquals(DeletionAttempt.Outcome.DELETED, attempts.get(0).outcome());
            assertFalse(deploymentExists(emulator, name[0]));
            assertTrue(PreviewCleanup.get().queue().list().isEmpty());
        });
    }

    @Test
    void repeatedFailuresShowInTheAdministrativeMonitorNamingTheDeployment() throws Throwable {
        long projectId = createProject(emulator, "monitor-cleanup");
        sessions.then(r -> {
            ConvexTestSupport.configure(emulator);
            EmulatorFaults.failDeploymentDeletes(emulator);
            try {
                String name = createPreviewThenDeleteJob(r, projectId);
                PendingDeletionsMonitor monitor = ExtensionList.lookupSingleton(PendingDeletionsMonitor.class);
                assertFalse(monitor.isActivated(), "one failure is not yet worth an alert");
                for (int i = 1; i < RetrySchedule.FAILURES_BEFORE_ALERT; i++) {
                    retryNow(name);
                }
                assertTrue(monitor.isActivated());
                assertEquals(name, monitor.getDeletions().get(0).deploymentName());
                assertTrue(monitor.getDeletions().get(0).lastError().contains("500"), monitor.getDeletions().get(0).lastError());
            } finally {
                emulator.clearFaults();
            }
        });
    }

    @Test
    void withoutAnyCredentialsTheDeletionWaitsInTheMonitorWithoutAnyRequest() throws Throwable {
        long projectId = createProject(emulator, "no-credentials");
        sessions.then(r -> {
            ConvexTestSupport.configure(emulator);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("convexCreatePreview(projectId: " + projectId + ", branch: 'feature/x')", true));
            String name = r.buildAndAssertSuccess(p).getAction(ConvexPreviewAction.class).getDeploymentName();
            SystemCredentialsProvider.getInstance().getCredentials().clear();
            SystemCredentialsProvider.getInstance().save();
            ConvexGlobalConfiguration.get().setCredentialsId(null);
            emulator.clearRequests();

            p.delete();
            PreviewCleanup.get().processInBackground().get(60, TimeUnit.SECONDS);

            PendingDeletion pending = PreviewCleanup.get().queue().find(name).orElseThrow();
            assertEquals(PendingDeletion.State.WAITING_FOR_CREDENTIALS, pending.state());
            assertTrue(ExtensionList.lookupSingleton(PendingDeletionsMonitor.class).isActivated());
            assertTrue(emulator.requests().isEmpty(), "no request without credentials: " + emulator.requests());
            assertTrue(deploymentExists(emulator, name));
        });
    }
}
