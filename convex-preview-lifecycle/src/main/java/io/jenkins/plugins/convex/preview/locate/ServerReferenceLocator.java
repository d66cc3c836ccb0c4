package io.jenkins.plugins.convex.preview.locate;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The live service's locator: a preview's identity lives on the server as the deployment's
 * {@code reference} {@code preview/<identity>}, so any machine finds it with one
 * getDeploymentByReference, whatever its own store says (the store is a cache).
 *
 * <p>With an expiry, a new preview gets {@code expiresAt = now + expiry}, and a reused one has its
 * expiry pushed to that time when it would end sooner, so a branch still being built keeps its
 * preview and an abandoned one lapses on the server by itself.
 */
public final class ServerReferenceLocator implements PreviewLocator {

    /** The reference's prefix, as the Convex CLI names previews. */
    public static final String PREFIX = "preview/";

    private final ConvexClient client;
    private final Duration expiry;
    private final Clock clock;

    /** @param expiry how long a preview lives after its last create-or-reuse, or null for the server's default */
    public ServerReferenceLocator(ConvexClient client, Duration expiry, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        if (expiry != null && (expiry.isNegative() || expiry.isZero())) {
            throw new IllegalArgumentException("expiry must be positive: " + expiry);
        }
        this.expiry = expiry;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ServerReferenceLocator(ConvexClient client, Duration expiry) {
        this(client, expiry, Clock.systemUTC());
    }

    /** {@code preview/<identity>}. */
    public static String reference(PreviewIdentity identity) {
        return PREFIX + identity.value();
    }

    @Override
    public Optional<Deployment> findLive(long projectId, PreviewIdentity identity, PreviewRecord stored) {
        Deployment found;
        try {
            found = client.getDeploymentByReference(projectId, reference(identity));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /**
     * The store's records, then one record per server preview of the project whose reference is
     * {@code preview/<identity>} and whose deployment no stored record names: previews this tool made
     * on any machine. Such a record's creation time is the server's {@code createTime} (now when the
     * server sent none, so an age rule keeps it), its source the identity, its creator the empty string.
     */
    @Override
    public List<PreviewRecord> listPreviews(long projectId, List<PreviewRecord> stored, Supplier<List<Deployment>> onServer) {
        Set<String> storedNames = new HashSet<>();
        stored.forEach(r -> storedNames.add(r.deploymentName()));
        List<PreviewRecord> serverOnly = new ArrayList<>();
        for (Deployment d : onServer.get()) {
            if (!d.isPreview() || storedNames.contains(d.name())) {
                continue;
            }
            identityOf(d).ifPresent(identity -> serverOnly.add(new PreviewRecord(projectId, identity, identity.value(), d.name(),
                    d.createTime() != null ? d.createTime() : clock.instant(), "", null)));
        }
        serverOnly.sort(Comparator.comparing(PreviewRecord::identity).thenComparing(PreviewRecord::deploymentName));
        List<PreviewRecord> all = new ArrayList<>(stored);
        all.addAll(serverOnly);
        return all;
    }

    /**
     * The identity in a {@code preview/<identity>} reference; empty for any other reference (not one
     * of ours), and for {@code preview/<its own name>}, the reference the service makes up for a
     * preview created without one (an identity never has a deployment name's shape).
     */
    static Optional<PreviewIdentity> identityOf(Deployment d) {
        String ref = d.reference();
        if (ref == null || !ref.startsWith(PREFIX) || ref.equals(PREFIX + d.name())) {
            return Optional.empty();
        }
        try {
            return Optional.of(PreviewIdentity.fromValue(ref.substring(PREFIX.length())));
        } catch (RuntimeException notAnIdentity) {
            return Optional.empty();
        }
    }

    @Override
    public Deployment onReuse(Deployment found) {
        return extended(found);
    }

    @Override
    public CreateCloudDeploymentRequest creationRequest(PreviewIdentity identity, Region region, DeploymentClass deploymentClass) {
        return new CreateCloudDeploymentRequest(DeploymentType.PREVIEW, region, deploymentClass, reference(identity), newExpiry());
    }

    /** A preview reused: its expiry moved to now + expiry if it would end sooner (never shortened). */
    private Deployment extended(Deployment found) {
        Instant wanted = newExpiry();
        if (wanted == null || !found.isPreview() || (found.expiresAt() != null && !found.expiresAt().isBefore(wanted))) {
            return found;
        }
        return client.updateDeployment(found.name(), UpdateDeploymentRequest.expiresAt(wanted));
    }

    private Instant newExpiry() {
        return expiry == null ? null : clock.instant().plus(expiry);
    }
}
