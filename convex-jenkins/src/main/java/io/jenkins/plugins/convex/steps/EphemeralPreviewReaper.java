package io.jenkins.plugins.convex.steps;

import hudson.Extension;
import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.LogTaskListener;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.util.Timer;

/**
 * The safety net for ephemeral previews. Normally the block or the build wrapper deletes them; this
 * deletes any that remain once their build is over: when a build finishes (a preview created just
 * before an abort, a failed cleanup), and after a controller restart (a freestyle build cut off by
 * the restart never tears down). Works from the store's records, outside any job directory, as system.
 */
@Extension
public final class EphemeralPreviewReaper extends RunListener<Run<?, ?>> {

    private static final Logger LOGGER = Logger.getLogger(EphemeralPreviewReaper.class.getName());

    @Override
    public void onFinalized(Run<?, ?> run) {
        String build = run.getExternalizableId();
        List<PreviewRecord> leftovers = ephemeralRecords().stream()
                .filter(r -> build.equals(r.attributes().get(PreviewAttributes.BUILD)))
                .toList();
        if (!leftovers.isEmpty()) {
            Timer.get().submit(() -> reap(leftovers));
        }
    }

    /** After a restart, once builds have resumed: previews of builds that are no longer running. */
    @Initializer(after = InitMilestone.JOB_CONFIG_ADAPTED)
    public static void scheduleStartupSweep() {
        Timer.get().schedule(EphemeralPreviewReaper::reapAbandoned, 1, TimeUnit.MINUTES);
    }

    static void reapAbandoned() {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            reap(ephemeralRecords().stream().filter(r -> !isBuilding(r.attributes().get(PreviewAttributes.BUILD))).toList());
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not sweep ephemeral Convex previews", e);
        }
    }

    private static List<PreviewRecord> ephemeralRecords() {
        return JenkinsPreviewStore.get().listAll().stream()
                .filter(r -> "true".equals(r.attributes().get(PreviewAttributes.EPHEMERAL)))
                .toList();
    }

    private static boolean isBuilding(String externalizableId) {
        if (externalizableId == null) {
            return false;
        }
        try {
            Run<?, ?> run = Run.fromExternalizableId(externalizableId);
            return run != null && run.isBuilding();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void reap(List<PreviewRecord> records) {
        TaskListener log = new LogTaskListener(LOGGER, Level.INFO);
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (PreviewRecord r : records) {
                try {
                    String credentialsId = r.attributes().get(PreviewAttributes.CREDENTIALS_ID);
                    var token = ConvexCredentials.inContext(credentialsId, contextOf(r.attributes().get(PreviewAttributes.JOB))).getSecret();
                    PreviewDeletion.deleteEphemeral(ConvexClientFactory.get().create(token), log,
                            new PreviewCreation.Handle(r.projectId(), r.identity().value(), r.deploymentName(), credentialsId));
                } catch (Exception e) {
                    LOGGER.log(Level.WARNING, "could not delete ephemeral Convex preview " + r.deploymentName()
                            + " of " + r.creator() + ": " + e.getMessage());
                }
            }
        }
    }

    /** Where the job's credentials are visible: its folder, or the root when the job is gone. */
    private static ItemGroup<?> contextOf(String jobFullName) {
        Item job = jobFullName == null ? null : Jenkins.get().getItemByFullName(jobFullName);
        return job == null ? Jenkins.get() : job.getParent();
    }
}
