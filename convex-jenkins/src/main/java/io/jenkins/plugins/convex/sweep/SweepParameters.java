package io.jenkins.plugins.convex.sweep;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The parameters {@code convexCleanupPreviews} and the "Clean up Convex previews" build step share
 * (all but the keep list, a list for Pipeline and text for the form), normalised in one place, and
 * the sweep they ask for. The step and the builder keep their own data-bound getters and setters (the
 * Pipeline and Configuration-as-Code API) and delegate here.
 */
public final class SweepParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 0: every project the store knows. */
    private long projectId;
    private String olderThan;
    private String namespace;
    private boolean dryRun;
    private String credentialsId;

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public @CheckForNull String getOlderThan() {
        return olderThan;
    }

    public void setOlderThan(String olderThan) {
        this.olderThan = Util.fixEmptyAndTrim(olderThan);
    }

    public @CheckForNull String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = Util.fixEmptyAndTrim(namespace);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /**
     * Sweeps through {@link PreviewSweepRun#sweep}.
     *
     * @param keepBranches branches to keep, or null for no keep list
     * @param expand       applied to {@code olderThan} and {@code namespace} first (a freestyle build's variables; identity for Pipeline)
     */
    public @NonNull SweepReport sweep(@NonNull Run<?, ?> run, @NonNull TaskListener listener, @CheckForNull List<String> keepBranches,
                                      @NonNull UnaryOperator<String> expand) throws AbortException {
        return PreviewSweepRun.sweep(run, listener, credentialsId, projectId, keepBranches,
                olderThan == null ? null : expand.apply(olderThan), namespace == null ? null : expand.apply(namespace), dryRun);
    }
}
