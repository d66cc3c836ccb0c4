package io.jenkins.plugins.convex.page;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.ManagementLink;
import hudson.model.User;
import hudson.security.Permission;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.preview.cleanup.PreviewRow;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.time.Instant;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins &gt; Convex previews: every preview Jenkins knows (its job, branch or pull request,
 * deployment with links, age, pending deletion or failure), each with a delete button that only
 * administrators may press (POST with the crumb).
 */
@Extension
public final class ConvexPreviewsLink extends ManagementLink {

    @Override
    public @CheckForNull String getIconFileName() {
        return "symbol-cloud";
    }

    @Override
    public @CheckForNull String getDisplayName() {
        return "Convex previews";
    }

    @Override
    public String getDescription() {
        return "Every Convex preview deployment Jenkins created, its pending deletions, and a delete button per preview.";
    }

    @Override
    public @CheckForNull String getUrlName() {
        return "convex-previews";
    }

    @NonNull
    @Override
    public Permission getRequiredPermission() {
        return Jenkins.ADMINISTER;
    }

    @NonNull
    @Override
    public Category getCategory() {
        return Category.STATUS;
    }

    /** The rows of the page, stored previews and pending deletions merged. */
    public List<PreviewRow> getRows() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return PreviewRow.of(JenkinsPreviewStore.get().listAll(), PreviewCleanup.get().queue().list(), Instant.now());
    }

    /** Queues the deletion of one preview and starts it; the page then shows it as pending until done. */
    @POST
    public HttpResponse doDelete(@QueryParameter String deploymentName) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        if (deploymentName == null || deploymentName.isBlank()) {
            return HttpResponses.errorWithoutStack(400, "deploymentName is required");
        }
        if (!PreviewCleanup.get().deleteFromPage(deploymentName.trim(), User.current() == null ? "SYSTEM" : User.current().getId())) {
            return HttpResponses.errorWithoutStack(404, "Jenkins knows no preview deployment named " + deploymentName.trim());
        }
        return HttpResponses.redirectToDot();
    }
}
