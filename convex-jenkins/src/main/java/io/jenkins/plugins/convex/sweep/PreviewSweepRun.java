package io.jenkins.plugins.convex.sweep;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.connection.PreviewLifecycles;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import io.jenkins.plugins.convex.steps.ConvexSession;
import io.jenkins.plugins.convex.store.VisiblePreviews;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code convexCleanupPreviews} and the "Clean up Convex previews" build step: the lifecycle's sweep
 * over the previews the Jenkins store knows (one project, or all with {@code projectId} 0), a line
 * per deletion and a summary. Selection, dry run, the guard and rate limiting are the lifecycle's.
 */
public final class PreviewSweepRun {

    private PreviewSweepRun() {
    }

    public static @NonNull SweepReport sweep(@NonNull Run<?, ?> run, @NonNull TaskListener listener, @CheckForNull String credentialsId,
                                             long projectId, @CheckForNull List<String> keepBranches, @CheckForNull String olderThan,
                                             @CheckForNull String namespace, boolean dryRun) throws AbortException {
        SweepRequest.Builder builder = projectId == 0 ? SweepRequest.builderForAllProjects() : SweepRequest.builder(projectId);
        builder.keepBranches(keepBranches).namespace(Util.fixEmptyAndTrim(namespace)).dryRun(dryRun);
        if (Util.fixEmptyAndTrim(olderThan) != null) {
            builder.olderThan(olderThan.trim());
        }
        SweepRequest request = builder.build(); // checks every parameter before the credentials or any request
        ConvexSession session = ConvexSession.forRun(run, credentialsId);
        PrintStream log = listener.getLogger();
        // Only the previews of jobs this build may see: the store is the whole controller's.
        SweepReport report = PreviewLifecycles.forClient(session.client(), VisiblePreviews.forCurrentAuthentication())
                .sweep(request, event -> log.println("[convex] " + event.toLine()));
        log.println("[convex] " + report.summary());
        return report;
    }

    /** Branch names from a text field: one per line or comma-separated; null when blank (no keep list). */
    public static @CheckForNull List<String> splitBranches(@CheckForNull String text) {
        if (Util.fixEmptyAndTrim(text) == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String s : text.split("[,\\n]")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
