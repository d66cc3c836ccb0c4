package io.jenkins.plugins.convex.connection;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import io.jenkins.plugins.convex.store.JenkinsPreviewStore;
import java.time.Duration;

/**
 * The preview lifecycle every step, wrapper and builder uses: the Jenkins store, and the locator the
 * client's dialect calls for. On the platform dialect the preview's identity is the server's
 * {@code reference}, so a preview made by another controller (another store) is found and reused,
 * with the administrator's expiry; on the spec dialect the store names the deployment.
 */
public final class PreviewLifecycles {

    private PreviewLifecycles() {
    }

    public static @NonNull PreviewLifecycle forClient(@NonNull ConvexClient client) {
        return forClient(client, JenkinsPreviewStore.get());
    }

    /** As above over {@code store}, e.g. the view a build may see ({@code VisiblePreviews}). */
    public static @NonNull PreviewLifecycle forClient(@NonNull ConvexClient client, @NonNull PreviewStore store) {
        // The setting is global while "auto" resolves per URL: it applies where the dialect has expiries.
        Duration expiry = client.dialect() == ApiDialect.PLATFORM ? ConvexGlobalConfiguration.get().getPreviewExpiry() : null;
        return PreviewLifecycle.builder(client, store)
                .locator(PreviewLocators.forClient(client, expiry))
                .build();
    }
}
