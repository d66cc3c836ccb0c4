package io.jenkins.plugins.convex.page;

import hudson.AbortException;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.connection.PreviewLifecycles;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;
import io.jenkins.plugins.convex.preview.PreviewStatus;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.store.PreviewAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * The server's expiry of each stored preview, for the previews page: one list per project and
 * credentials (the lifecycle's {@code list}, whose {@link PreviewStatus#expiresAt()} is the server's),
 * with the credentials each preview was created with, looked up in its job's folder as the system.
 * Only the platform dialect has expiries: for the spec dialect nothing is asked. The page never waits
 * for the server (an outage would cost up to every attempt's timeout per project): it shows what is
 * cached, and a cache older than a minute is refreshed in the background, one refresh at a time; a
 * project that cannot be asked is left out.
 */
final class ServerExpiries {

    private static final Logger LOGGER = Logger.getLogger(ServerExpiries.class.getName());
    static final Duration KEEP = Duration.ofMinutes(1);

    private final Clock clock;
    private final Executor background;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Map<String, Instant> cached = Map.of();
    private volatile Instant cachedAt = Instant.MIN;

    ServerExpiries(Clock clock, Executor background) {
        this.clock = clock;
        this.background = background;
    }

    /**
     * Deployment name to the server's expiry, as last read; previews without one (or whose server cannot
     * be asked, or not read yet) are absent. Starts a refresh when the cache is stale, without waiting for it.
     */
    Map<String, Instant> known(Supplier<List<PreviewRecord>> records) {
        if (!cachedAt.plus(KEEP).isAfter(clock.instant()) && refreshing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    cached = fetch(records.get());
                    cachedAt = clock.instant();
                } catch (RuntimeException e) {
                    LOGGER.log(Level.WARNING, "could not refresh the expiries of the Convex previews", e);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return cached;
    }

    /** Whether a background refresh is running (the page says the expiries are being read). */
    boolean isRefreshing() {
        return refreshing.get();
    }

    private static Map<String, Instant> fetch(List<PreviewRecord> records) {
        Map<Source, List<PreviewRecord>> bySource = new LinkedHashMap<>();
        for (PreviewRecord r : records) {
            bySource.computeIfAbsent(new Source(r.projectId(), r.attributes().get(PreviewAttributes.CREDENTIALS_ID),
                    folderOf(r.attributes().get(PreviewAttributes.JOB))), k -> new ArrayList<>()).add(r);
        }
        Map<String, Instant> out = new HashMap<>();
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            for (Source source : bySource.keySet()) {
                try {
                    ConvexClient client = ConvexClientFactory.get().create(
                            ConvexCredentials.inContext(source.credentialsId(), source.folder()).getSecret());
                    if (client.dialect() != ApiDialect.PLATFORM) {
                        continue; // the spec dialect has no expiries: nothing to ask
                    }
                    for (PreviewStatus status : PreviewLifecycles.forClient(client).list(source.projectId())) {
                        if (status.expiresAt() != null) {
                            out.put(status.record().deploymentName(), status.expiresAt());
                        }
                    }
                } catch (AbortException | RuntimeException e) {
                    LOGGER.log(Level.FINE, "could not read the expiries of project " + source.projectId() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** Where the job's credentials are visible: its folder, or the root when the job is gone. */
    private static ItemGroup<?> folderOf(String jobFullName) {
        Item job = jobFullName == null ? null : Jenkins.get().getItemByFullName(jobFullName);
        return job == null ? Jenkins.get() : job.getParent();
    }

    private record Source(long projectId, String credentialsId, ItemGroup<?> folder) {
        Source {
            Objects.requireNonNull(folder, "folder");
        }
    }
}
