package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.client.model.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One project's deployments, listed from the server at most once, on first use, and shared by
 * whoever needs them during one list or sweep (the platform locator and the sweep's guard).
 * Thread-safe: a sweep's workers share it.
 *
 * <p>A failed listing is remembered and thrown again rather than sent again, except a 429: that
 * one is worth asking again once the sweep has waited for its Retry-After.
 */
final class ProjectDeployments implements Supplier<List<Deployment>> {

    private final ConvexClient client;
    private final long projectId;
    private List<Deployment> listed;
    private Map<String, Deployment> byName;
    private ConvexApiException failure;

    ProjectDeployments(ConvexClient client, long projectId) {
        this.client = client;
        this.projectId = projectId;
    }

    /** The project's deployments. @throws ConvexApiException when they cannot be listed */
    @Override
    public synchronized List<Deployment> get() {
        if (failure != null) {
            throw failure;
        }
        if (listed == null) {
            try {
                listed = client.listDeployments(projectId);
            } catch (RateLimitedException later) {
                throw later;
            } catch (ConvexApiException refused) {
                failure = refused;
                throw refused;
            }
        }
        return listed;
    }

    /** The deployments by name (names are unique). @throws ConvexApiException when they cannot be listed */
    synchronized Map<String, Deployment> byName() {
        if (byName == null) {
            Map<String, Deployment> map = new LinkedHashMap<>();
            get().forEach(d -> map.putIfAbsent(d.name(), d));
            byName = map;
        }
        return byName;
    }
}
