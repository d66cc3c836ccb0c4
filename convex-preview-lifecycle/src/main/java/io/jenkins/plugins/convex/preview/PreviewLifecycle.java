package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.ForbiddenException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Deployment;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.env.PreviewEnvironment;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.locate.PreviewLocator;
import io.jenkins.plugins.convex.preview.locate.StoredRecordLocator;
import io.jenkins.plugins.convex.preview.store.Claim;
import io.jenkins.plugins.convex.preview.store.ClaimRequest;
import io.jenkins.plugins.convex.preview.store.PreviewKey;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import io.jenkins.plugins.convex.preview.store.PreviewStore;
import io.jenkins.plugins.convex.preview.store.Reservation;
import io.jenkins.plugins.convex.preview.sweep.PreviewSweeper;
import io.jenkins.plugins.convex.preview.sweep.SweepListener;
import io.jenkins.plugins.convex.preview.sweep.SweepReport;
import io.jenkins.plugins.convex.preview.sweep.SweepRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One preview deployment per branch or pull request: create-or-reuse, deploy keys, guarded delete,
 * list, sweep. Thread-safe; the store makes it safe across processes too. Never stores or logs a
 * deploy key.
 *
 * <pre>{@code
 * PreviewLifecycle lifecycle = PreviewLifecycle.builder(client, new FilePreviewStore(path)).build();
 * PreviewResult r = lifecycle.createOrReuse(CreatePreviewRequest
 *         .builder(projectId, PreviewIdentity.ofBranch("feature/login")).deployKey("42").build());
 * }</pre>
 */
public final class PreviewLifecycle {

    /** A reservation older than this is presumed abandoned by a crashed creator. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(5);
    /** How long a create waits for a concurrent creator of the same identity. */
    public static final Duration DEFAULT_CLAIM_WAIT = Duration.ofMinutes(6);

    private final ConvexClient client;
    private final PreviewStore store;
    private final PreviewLocator locator;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration claimWait;
    private final Duration pollInterval;

    private PreviewLifecycle(Builder b) {
        this.client = b.client;
        this.store = b.store;
        this.locator = b.locator != null ? b.locator : new StoredRecordLocator(b.client);
        this.clock = b.clock;
        this.staleAfter = b.staleAfter;
        this.claimWait = b.claimWait;
        this.pollInterval = b.pollInterval;
    }

    public static Builder builder(ConvexClient client, PreviewStore store) {
        return new Builder(client, store);
    }

    public PreviewStore store() {
        return store;
    }

    /**
     * Reuses the identity's preview if it still exists on the server, otherwise creates one (also
     * when the stored deployment is gone: the record is replaced). With {@code recreate}, deletes
     * the existing preview first. Concurrent calls for one identity, in this or other processes
     * sharing the store, create one deployment: the others wait for it and reuse it.
     *
     * @throws PreviewBusyException when another creator held the identity longer than the claim wait
     * @throws NotAPreviewDeploymentException on recreate, when the stored deployment is not a preview
     */
    public PreviewResult createOrReuse(CreatePreviewRequest request) {
        if (request.deployKeyLifetime() != null && client.dialect() != ApiDialect.PLATFORM) {
            throw new InvalidInputException("key_expires_in", request.deployKeyLifetime().toString(),
                    "an expiry needs the platform API dialect (the live service's); the spec dialect's deploy keys have none");
        }
        PreviewKey key = new PreviewKey(request.projectId(), request.identity());
        String holder = request.creator().isEmpty() ? "pid " + ProcessHandle.current().pid() : request.creator() + " (pid " + ProcessHandle.current().pid() + ")";
        Instant deadline = clock.instant().plus(claimWait);
        boolean recreatePending = request.recreate();
        String replacing = null;
        while (true) {
            Claim claim = store.claim(new ClaimRequest(key, holder, staleAfter, replacing));
            if (claim instanceof Claim.Existing existing) {
                PreviewRecord record = existing.record();
                if (recreatePending) {
                    deleteOnServer(record.deploymentName(), false);
                    recreatePending = false;
                    replacing = record.deploymentName();
                    continue;
                }
                Optional<Deployment> live = locator.findLive(request.projectId(), request.identity(), record);
                if (live.isPresent() && live.get().isPreview()) {
                    return withKey(request, PreviewResult.of(request.identity(), request.projectId(), locator.onReuse(live.get()), false, null));
                }
                // Gone on the server (or no longer a preview, which we leave alone): replace the record.
                replacing = record.deploymentName();
            } else if (claim instanceof Claim.Reserved reserved) {
                Optional<PreviewResult> made = createReserved(request, reserved.reservation());
                if (made.isPresent()) {
                    return withKey(request, made.get());
                }
                replacing = null; // lost the reservation to a takeover: see what the store holds now
            } else if (claim instanceof Claim.Busy busy) {
                if (clock.instant().isAfter(deadline)) {
                    throw new PreviewBusyException(busy.heldBy(), claimWait);
                }
                pause();
            }
        }
    }

    private Optional<PreviewResult> createReserved(CreatePreviewRequest request, Reservation reservation) {
        Deployment deployment;
        boolean created;
        try {
            // A locator that can ask the server (by reference) may find a preview made elsewhere:
            // adopt it, unless asked to recreate. The stored-record locator answers empty here
            // without a request.
            Optional<Deployment> adopted = locator.findLive(request.projectId(), request.identity(), null).filter(Deployment::isPreview);
            if (request.recreate() && adopted.isPresent()) {
                // Made elsewhere and unknown to this store: recreate means it goes too (its reference must be freed).
                deleteOnServer(adopted.get().name(), false);
                adopted = Optional.empty();
            }
            if (adopted.isEmpty()) {
                try {
                    deployment = client.createCloudDeployment(request.projectId(),
                            locator.creationRequest(request.identity(), request.region(), request.deploymentClass()));
                    created = true;
                } catch (ConvexApiException refused) {
                    // Another machine (its own store) may have created it first, taking the reference: adopt that one.
                    deployment = locator.onReuse(locator.findLive(request.projectId(), request.identity(), null)
                            .filter(Deployment::isPreview).orElseThrow(() -> refused));
                    created = false;
                }
            } else {
                deployment = locator.onReuse(adopted.get());
                created = false;
            }
        } catch (RuntimeException e) {
            store.release(reservation);
            throw e;
        }
        Instant createdAt = deployment.createTime() != null ? deployment.createTime() : clock.instant();
        PreviewRecord record = new PreviewRecord(request.projectId(), request.identity(), request.identity().source(),
                deployment.name(), createdAt, request.creator(), request.attributes());
        if (!store.complete(reservation, record)) {
            // Our reservation went stale and was taken over: the other creator's deployment wins.
            if (created) {
                deleteQuietly(deployment.name());
            }
            return Optional.empty();
        }
        return Optional.of(PreviewResult.of(request.identity(), request.projectId(), deployment, created, null));
    }

    private PreviewResult withKey(CreatePreviewRequest request, PreviewResult result) {
        if (!request.wantsDeployKey()) {
            return result;
        }
        Instant expiresAt = request.deployKeyLifetime() == null ? null : clock.instant().plus(request.deployKeyLifetime());
        DeployKey key = createDeployKey(request.projectId(), request.identity(), result.name(), request.deployKeyLabel(), expiresAt);
        return new PreviewResult(result.identity(), result.projectId(), result.name(), result.url(), result.deploymentType(),
                result.region(), result.deploymentClass(), result.created(), key.key());
    }

    /**
     * Creates a deploy key for a preview, named {@code <identity>/<label>}. The key is returned,
     * never stored; {@link DeployKey#toString()} masks it.
     */
    public DeployKey createDeployKey(long projectId, PreviewIdentity identity, String deploymentName, String label) {
        return createDeployKey(projectId, identity, deploymentName, label, null);
    }

    /** As {@link #createDeployKey(long, PreviewIdentity, String, String)}, expiring at {@code expiresAt} (null: never; platform dialect only). */
    public DeployKey createDeployKey(long projectId, PreviewIdentity identity, String deploymentName, String label, Instant expiresAt) {
        Validation.requireNonBlank("key_name", label);
        return client.createDeployKey(projectId, new CreateDeployKeyRequest(deploymentName, deployKeyName(identity, label), expiresAt));
    }

    /** Sets previews' environment variables through this lifecycle's client (see {@link PreviewEnvironment}). */
    public PreviewEnvironment environment() {
        return new PreviewEnvironment(client);
    }

    /** {@code <identity>/<label>}. */
    public static String deployKeyName(PreviewIdentity identity, String label) {
        return identity.value() + "/" + label.trim();
    }

    /**
     * Deletes a deployment, checked on the server first: one that is not {@code preview} is refused
     * unless production is allowed. A deployment already gone counts as deleted. The store's record
     * goes only after the server confirmed.
     *
     * @throws PreviewNotFoundException by identity, when the store has no record for it
     * @throws NotAPreviewDeploymentException when the deployment is not a preview and production is not allowed
     * @throws DeploymentNotInProjectException by name with a project, when the deployment is in another one
     */
    public DeleteResult delete(DeletePreviewRequest request) {
        PreviewRecord record;
        String name;
        if (request.identity() != null) {
            record = store.find(request.projectId(), request.identity()).orElse(null);
            if (record != null) {
                name = record.deploymentName();
            } else {
                // Not in this store: a locator that asks the server (by reference) may still know it.
                name = locator.findLive(request.projectId(), request.identity(), null).filter(Deployment::isPreview)
                        .map(Deployment::name)
                        .orElseThrow(() -> new PreviewNotFoundException(request.projectId(), request.identity()));
            }
        } else {
            name = request.deploymentName();
            record = store.findByDeploymentName(name).orElse(null);
            if (record != null && request.projectId() != 0 && record.projectId() != request.projectId()) {
                throw new DeploymentNotInProjectException(name, request.projectId(), record.projectId());
            }
        }
        Deployment before = deleteOnServer(name, request.allowProduction(), record != null ? record.projectId() : request.projectId());
        boolean removed = record != null && store.remove(record.projectId(), record.identity(), name);
        return new DeleteResult(name, record == null ? null : record.identity().value(),
                before == null ? null : before.deploymentType(), before == null, removed);
    }

    /**
     * The guard and the delete. Returns the deployment as it was, or null when it was already gone.
     */
    private Deployment deleteOnServer(String deploymentName, boolean allowProduction) {
        return deleteOnServer(deploymentName, allowProduction, 0);
    }

    /**
     * As above; with {@code projectId} (the project the deployment is in, when known), a deployment the
     * server does not find counts as gone only if the token can see that project: other credentials'
     * project answers 404 for its deployments too, and that is a failure to retry, not a deletion. A
     * deployment the server places in another project is refused before anything is deleted.
     */
    private Deployment deleteOnServer(String deploymentName, boolean allowProduction, long projectId) {
        Deployment current;
        try {
            current = client.getDeployment(deploymentName);
        } catch (NotFoundException gone) {
            if (projectId > 0) {
                requireProjectVisible(projectId, deploymentName);
            }
            return null;
        }
        if (projectId > 0 && current.projectId() != null && current.projectId() != projectId) {
            throw new DeploymentNotInProjectException(deploymentName, projectId, current.projectId());
        }
        guardedDelete(current, allowProduction);
        return current;
    }

    /**
     * Refuses {@code current} unless it is a preview or production is allowed, then deletes it.
     * Returns true when it was gone by the time of the delete (a 404: someone else deleted it
     * between our check and our delete; the goal is reached).
     */
    private boolean guardedDelete(Deployment current, boolean allowProduction) {
        if (!current.isPreview() && !allowProduction) {
            throw new NotAPreviewDeploymentException(current.name(), current.deploymentType());
        }
        try {
            client.deleteDeployment(current.name());
            return false;
        } catch (NotFoundException goneMeanwhile) {
            return true;
        }
    }

    private void requireProjectVisible(long projectId, String deploymentName) {
        try {
            client.getProject(projectId);
        } catch (NotFoundException | ForbiddenException notVisible) {
            throw new ProjectNotVisibleException(projectId, deploymentName, notVisible);
        }
    }

    private void deleteQuietly(String deploymentName) {
        try {
            deleteOnServer(deploymentName, false);
        } catch (RuntimeException e) {
            // Best effort: an orphan preview expires on the server, and a sweep cannot see it either way.
        }
    }

    /**
     * The previews of a project, each with whether it still exists on the server (one listDeployments):
     * the store's records, and on a dialect whose server knows previews by reference (platform) also
     * the project's previews made by this tool on other machines ({@link PreviewStatus#stored()} false).
     * One row per deployment; a stored record whose deployment is gone stays, not existing.
     */
    public List<PreviewStatus> list(long projectId) {
        Validation.requirePositiveId("project_id", projectId);
        List<PreviewRecord> stored = store.list(projectId);
        ProjectDeployments onServer = new ProjectDeployments(client, projectId);
        List<PreviewRecord> previews = locator.listPreviews(projectId, stored, onServer);
        Map<String, Deployment> byName = onServer.byName();
        Set<PreviewRecord> storedSet = Set.copyOf(stored);
        List<PreviewStatus> out = new ArrayList<>();
        for (PreviewRecord r : previews) {
            out.add(new PreviewStatus(r, byName.get(r.deploymentName()), storedSet.contains(r)));
        }
        return out;
    }

    /**
     * Deletes the previews of a project (or of every project the store knows) not kept by the
     * request; one failure does not stop the others. The previews are those {@link #list} shows: on
     * the platform dialect also those only the server knows (their age is the server's creation time).
     *
     * <p>The guard is {@link #delete}'s, read from one listDeployments per project instead of a
     * getDeployment per preview (names are unique and a deployment's type never changes), so each
     * deletion sends only its deleteDeployment: a deployment the listing lacks is already gone and
     * nothing is sent, one listed with another type than {@code preview} is refused (reported as
     * failed). A project that cannot be listed falls back to the getDeployment guard per preview.
     */
    public SweepReport sweep(SweepRequest request, SweepListener listener) {
        Map<Long, ProjectDeployments> listings = new ConcurrentHashMap<>();
        Function<Long, ProjectDeployments> listing = projectId -> listings.computeIfAbsent(projectId, p -> new ProjectDeployments(client, p));
        if (!request.allProjects()) {
            requireAcceptedToken(listing.apply(request.projectId()));
        }
        List<PreviewRecord> records = request.allProjects() ? everyProjectsPreviews(listing)
                : locator.listPreviews(request.projectId(), store.list(request.projectId()), listing.apply(request.projectId()));
        return new PreviewSweeper(clock).sweep(request, records, record -> {
            boolean alreadyGone = deleteListed(record.deploymentName(), listing.apply(record.projectId()));
            store.remove(record.projectId(), record.identity(), record.deploymentName());
            return alreadyGone;
        }, listener);
    }

    /**
     * Reads the project's listing up front, so that a token the server refuses (401) ends the sweep
     * before anything is judged, a dry run included; any other listing failure leaves the per-preview
     * guard to ask the server (as before).
     */
    private static void requireAcceptedToken(ProjectDeployments deployments) {
        try {
            deployments.get();
        } catch (UnauthorizedException refused) {
            throw refused;
        } catch (ConvexApiException unlisted) {
            // judged per preview by deleteListed
        }
    }

    /**
     * A sweep's guard and delete, judged by the project's listing (read on first use). Returns true
     * when the deployment was already gone (not listed, or a 404 on the delete).
     */
    private boolean deleteListed(String deploymentName, ProjectDeployments projectDeployments) {
        Map<String, Deployment> listed;
        try {
            listed = projectDeployments.byName();
        } catch (RateLimitedException later) {
            throw later; // worth listing again once the sweep has waited for its Retry-After
        } catch (ConvexApiException unlisted) {
            // Not listable (for example another credentials' project): ask about each deployment.
            return deleteOnServer(deploymentName, false) == null;
        }
        Deployment current = listed.get(deploymentName);
        return current == null || guardedDelete(current, false);
    }

    /**
     * The previews of every project the store knows. A project whose deployments cannot be listed
     * (other credentials' project) keeps the store's view, whose deletions then fail one by one as before.
     */
    private List<PreviewRecord> everyProjectsPreviews(Function<Long, ProjectDeployments> listing) {
        Map<Long, List<PreviewRecord>> byProject = new LinkedHashMap<>();
        for (PreviewRecord r : store.listAll()) {
            byProject.computeIfAbsent(r.projectId(), p -> new ArrayList<>()).add(r);
        }
        List<PreviewRecord> all = new ArrayList<>();
        byProject.forEach((projectId, stored) -> {
            try {
                all.addAll(locator.listPreviews(projectId, stored, listing.apply(projectId)));
            } catch (UnauthorizedException refused) {
                throw refused;
            } catch (ConvexApiException unlisted) {
                all.addAll(stored);
            }
        });
        return all;
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another creator of the preview", e);
        }
    }

    public static final class Builder {
        private final ConvexClient client;
        private final PreviewStore store;
        private PreviewLocator locator;
        private Clock clock = Clock.systemUTC();
        private Duration staleAfter = DEFAULT_STALE_AFTER;
        private Duration claimWait = DEFAULT_CLAIM_WAIT;
        private Duration pollInterval = Duration.ofMillis(100);

        private Builder(ConvexClient client, PreviewStore store) {
            this.client = Objects.requireNonNull(client, "client");
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Where an identity's deployment is found (default: {@link StoredRecordLocator}). */
        public Builder locator(PreviewLocator locator) {
            this.locator = locator;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** After this, another creator's reservation is presumed abandoned and taken over. */
        public Builder staleAfter(Duration staleAfter) {
            this.staleAfter = requirePositive(staleAfter, "staleAfter");
            return this;
        }

        /** How long a create waits for a concurrent creator before giving up. */
        public Builder claimWait(Duration claimWait) {
            this.claimWait = requirePositive(claimWait, "claimWait");
            return this;
        }

        /** How often a waiting create looks again. */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = requirePositive(pollInterval, "pollInterval");
            return this;
        }

        private static Duration requirePositive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }

        public PreviewLifecycle build() {
            return new PreviewLifecycle(this);
        }
    }
}
