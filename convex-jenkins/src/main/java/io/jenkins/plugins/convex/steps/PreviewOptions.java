package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.convex.steps.environment.PreviewVariable;
import java.util.List;

/**
 * The parameters shared by {@code convexCreatePreview}, {@code withConvexPreview} and the freestyle
 * wrapper; null means "not given" (the global configuration's default, or the lifecycle's).
 */
public interface PreviewOptions {

    long getProjectId();

    @CheckForNull String getCredentialsId();

    @CheckForNull String getTeamId();

    @CheckForNull String getBranch();

    @CheckForNull String getNamespace();

    @CheckForNull String getRegion();

    @CheckForNull String getDeploymentClass();

    boolean isRecreate();

    boolean isDeployKey();

    @CheckForNull String getKeyName();

    /** The variables to set on the preview (names and credentials ids only); empty when none. */
    List<PreviewVariable> getEnvironment();
}
