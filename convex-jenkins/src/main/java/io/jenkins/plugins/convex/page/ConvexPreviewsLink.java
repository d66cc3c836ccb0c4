package io.jenkins.plugins.convex.page;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Computer;
import hudson.model.ManagementLink;
import hudson.model.User;
import hudson.security.Permission;
import io.jenkins.plugins.convex.cleanup.PreviewCleanup;
import io.jenkins.plugins.convex.preview.cleanup.PreviewRow;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins &gt; Convex previews: every preview Jenkins knows (its job, branch or pull request,
 * deployment with links, age, the server's expiry where the dialect has one, pending deletion or failure), each with a delete button that only
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

    /** Jenkins' shared pool: a refresh may wait on a slow server for a while, which the Timer's few threads should not. */
    private final transient ServerExpiries expiries = new ServerExpiries(Clock.systemUTC(), Computer.threadPoolForRemoting);

    /** The rows of the page, stored previews and pending deletions merged. */
    public List<PreviewRow> getRows() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return PreviewRow.of(JenkinsPreviewStore.get().listAll(), PreviewCleanup.get().queue().list(), Instant.now());
    }

    /**
     * The server's expiry of each stored preview by deployment name (ISO-8601), where the platform
     * dialect gives one; absent otherwise (the spec dialect, a preview gone, a server that cannot be asked).
     */
    public Map<String, String> getExpiries() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        Map<String, String> out = new HashMap<>();
        expiries.known(() -> JenkinsPreviewStore.get().listAll()).forEach((name, at) -> out.put(name, at.toString()));
        return out;
    }

    /** True while the expiries are being read from the server in the background (the page says so). */
    public boolean isReadingExpiries() {
        return expiries.isRefreshing();
    }

    /** Queues the deletion of one preview and starts it; the page then shows it as pending until done. */
    @POST
    public HttpResponse doDelete(@QueryParameter String deploymentName) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        if (deploymentName == null || deploymentName.isBlank()) {
            return HttpResponses.errorWithoutStack(400, "deploymentName is required");
        }
        User user = User.current();
        if (!PreviewCleanup.get().deleteFromPage(deploymentName.trim(), user == null ? "SYSTEM" : user.getId())) {
            return HttpResponses.errorWithoutStack(404, "Jenkins knows no preview deployment named " + deploymentName.trim());
        }
        return HttpResponses.redirectToDot();
    }
}
