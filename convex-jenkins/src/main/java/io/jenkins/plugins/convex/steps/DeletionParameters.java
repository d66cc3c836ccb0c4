package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.preview.DeleteResult;
import java.io.Serializable;
import java.util.function.UnaryOperator;

/**
 * The parameters of {@code convexDeleteDeployment} and the "Delete Convex deployment" build step,
 * with their defaults ({@code ignoreMissing} true) and normalisation in one place, and the deletion
 * they ask for. The step and the builder keep their own data-bound getters and setters (the
 * Pipeline and Configuration-as-Code API) and delegate here.
 */
public final class DeletionParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String deploymentName;
    private boolean allowProduction;
    private boolean ignoreMissing = true;
    private String credentialsId;

    public DeletionParameters(String deploymentName) {
        this.deploymentName = Util.fixEmptyAndTrim(deploymentName);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    public boolean isAllowProduction() {
        return allowProduction;
    }

    public void setAllowProduction(boolean allowProduction) {
        this.allowProduction = allowProduction;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    public void setIgnoreMissing(boolean ignoreMissing) {
        this.ignoreMissing = ignoreMissing;
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /**
     * Deletes the deployment through {@link PreviewDeletion#deleteDeployment}.
     *
     * @param expand applied to the deployment name first (a freestyle build's variables; identity for Pipeline)
     */
    public @NonNull DeleteResult delete(@NonNull Run<?, ?> run, @NonNull TaskListener listener, @NonNull UnaryOperator<String> expand)
            throws AbortException {
        return PreviewDeletion.deleteDeployment(run, listener, credentialsId,
                deploymentName == null ? null : expand.apply(deploymentName), allowProduction, ignoreMissing);
    }
}
