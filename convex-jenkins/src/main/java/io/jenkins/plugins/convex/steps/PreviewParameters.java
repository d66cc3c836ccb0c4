package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import io.jenkins.plugins.convex.steps.environment.PreviewVariable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The preview parameters of {@code convexCreatePreview}, {@code withConvexPreview} and the freestyle
 * wrapper, held and normalised in one place (blank means "not given": the global default, or the
 * lifecycle's). The step and the wrapper keep their own data-bound getters and setters, which are
 * the Pipeline and Configuration-as-Code API, and delegate here.
 */
public final class PreviewParameters implements PreviewOptions, Serializable {

    private static final long serialVersionUID = 1L;

    private final long projectId;
    /** The branch when none is given: null for Pipeline (BRANCH_NAME, CHANGE_ID), {@code ${GIT_BRANCH}} for freestyle. */
    private final String defaultBranch;
    private String credentialsId;
    private String teamId;
    private String branch;
    private String namespace;
    private String region;
    private String deploymentClass;
    private boolean recreate;
    private boolean deployKey;
    private String keyName;
    /** An ArrayList: XStream (config.xml) refuses the JDK's immutable lists; null in a configuration saved before the field existed. */
    private ArrayList<PreviewVariable> environment;

    public PreviewParameters(long projectId, @CheckForNull String defaultBranch) {
        this.projectId = projectId;
        this.defaultBranch = defaultBranch;
        this.branch = defaultBranch;
    }

    @Override
    public long getProjectId() {
        return projectId;
    }

    @Override
    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @Override
    public @CheckForNull String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = Util.fixEmptyAndTrim(teamId);
    }

    @Override
    public @CheckForNull String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        String b = Util.fixEmptyAndTrim(branch);
        this.branch = b == null ? defaultBranch : b;
    }

    @Override
    public @CheckForNull String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = Util.fixEmptyAndTrim(namespace);
    }

    @Override
    public @CheckForNull String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    @Override
    public @CheckForNull String getDeploymentClass() {
        return deploymentClass;
    }

    public void setDeploymentClass(String deploymentClass) {
        this.deploymentClass = Util.fixEmptyAndTrim(deploymentClass);
    }

    @Override
    public boolean isRecreate() {
        return recreate;
    }

    public void setRecreate(boolean recreate) {
        this.recreate = recreate;
    }

    @Override
    public boolean isDeployKey() {
        return deployKey;
    }

    public void setDeployKey(boolean deployKey) {
        this.deployKey = deployKey;
    }

    @Override
    public @CheckForNull String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = Util.fixEmptyAndTrim(keyName);
    }

    @Override
    public List<PreviewVariable> getEnvironment() {
        return environment == null ? List.of() : Collections.unmodifiableList(environment);
    }

    /** Null is none; kept as given (checked when the step runs, before any request). */
    public void setEnvironment(@CheckForNull List<PreviewVariable> environment) {
        this.environment = environment == null || environment.isEmpty() ? null : new ArrayList<>(environment);
    }
}
