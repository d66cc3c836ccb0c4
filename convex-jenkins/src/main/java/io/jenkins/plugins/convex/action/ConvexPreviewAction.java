package io.jenkins.plugins.convex.action;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.convex.preview.PreviewResult;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Shows a build's preview deployment on the build page: name, branch identity, links to the
 * deployment and its dashboard. Saved in build.xml, so it holds nothing secret (no deploy key).
 */
public final class ConvexPreviewAction implements Action {

    private final String identity;
    private final long projectId;
    private final String deploymentName;
    private final String url;
    private final String siteUrl;
    private final String dashboardUrl;
    private final boolean created;
    private final boolean ephemeral;

    ConvexPreviewAction(PreviewResult result, boolean ephemeral) {
        this.identity = result.identity().value();
        this.projectId = result.projectId();
        this.deploymentName = result.name();
        this.url = result.url();
        this.siteUrl = result.siteUrl();
        this.dashboardUrl = result.dashboardUrl();
        this.created = result.created();
        this.ephemeral = ephemeral;
    }

    /** Adds the action for {@code result} unless the build already shows that deployment. */
    public static void record(@NonNull Run<?, ?> run, @NonNull PreviewResult result, boolean ephemeral) {
        for (ConvexPreviewAction existing : run.getActions(ConvexPreviewAction.class)) {
            if (existing.deploymentName.equals(result.name())) {
                return;
            }
        }
        run.addAction(new ConvexPreviewAction(result, ephemeral));
    }

    public String getIdentity() {
        return identity;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    /** The deployment's URL as the server gave it, for a link: only http(s), never e.g. {@code javascript:}. */
    public @CheckForNull String getUrl() {
        return linkable(url);
    }

    public @CheckForNull String getSiteUrl() {
        return linkable(siteUrl);
    }

    public @CheckForNull String getDashboardUrl() {
        return linkable(dashboardUrl);
    }

    /** {@code value} when it is an absolute http or https URL; null otherwise (the page then shows no link). */
    static @CheckForNull String linkable(@CheckForNull String value) {
        if (value == null) {
            return null;
        }
        try {
            String scheme = new URI(value).getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme) ? value : null;
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }

    public boolean isCreated() {
        return created;
    }

    public boolean isEphemeral() {
        return ephemeral;
    }

    /** Only a summary on the build page: no sidebar link, no page of its own. */
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Convex preview " + deploymentName;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
