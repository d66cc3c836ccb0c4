package io.jenkins.plugins.convex.preview.sweep;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.PreviewRecord;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which stored previews of a project a sweep deletes. A preview whose identity is in
 * {@code keepBranches} is always kept; with {@code olderThan}, only previews created longer ago
 * go. With neither, the request is refused (it would delete every preview).
 *
 * @param projectId    the project, or {@value #ALL_PROJECTS} for every project the store knows
 * @param keepBranches branch names or {@code pr-<n>}, normalised as identities (with {@code namespace}); null for no keep list
 * @param namespace    the namespace the identities were made with, or null
 * @param olderThan    minimum age of a preview to delete, or null
 * @param dryRun       report what would go, delete nothing
 * @param concurrency  deletions in flight at once, 1 to {@value #MAX_CONCURRENCY} (default {@value #DEFAULT_CONCURRENCY})
 */
public record SweepRequest(long projectId, List<String> keepBranches, String namespace, Duration olderThan, boolean dryRun, int concurrency) {

    public static final int DEFAULT_CONCURRENCY = 4;
    public static final int MAX_CONCURRENCY = 32;
    /** {@link #projectId()} of a sweep over every project of the store (the plugin's periodic cleanup). */
    public static final long ALL_PROJECTS = 0;

    public SweepRequest {
        if (projectId != ALL_PROJECTS) {
            Validation.requirePositiveId("project_id", projectId);
        }
        if (keepBranches == null && olderThan == null) {
            throw new InvalidInputException("keep_branches", null,
                    "a list of branches to keep and/or older_than: a sweep with neither would delete every preview");
        }
        if (olderThan != null && (olderThan.isNegative() || olderThan.isZero())) {
            throw new InvalidInputException("older_than", olderThan.toString(), "a positive duration");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new InvalidInputException("concurrency", Integer.toString(concurrency), "1 to " + MAX_CONCURRENCY);
        }
        keepBranches = keepBranches == null ? null : List.copyOf(keepBranches);
        // Fail on a bad branch name now, before anything is deleted.
        keptIdentities(keepBranches, namespace);
    }

    public static Builder builder(long projectId) {
        return new Builder(projectId);
    }

    /** A sweep over the stored previews of every project. */
    public static Builder builderForAllProjects() {
        return new Builder(ALL_PROJECTS);
    }

    public boolean allProjects() {
        return projectId == ALL_PROJECTS;
    }

    /** The identities kept, normalised as {@link PreviewIdentity#ofBranch(String, String)} does. */
    public Set<PreviewIdentity> keptIdentities() {
        return keptIdentities(keepBranches, namespace);
    }

    /**
     * Whether the keep list keeps {@code record}: its identity is a kept one or, when no namespace is
     * given, the branch it was made for ({@link PreviewRecord#source()}) is kept, whichever namespace
     * (job) made it.
     */
    public boolean keeps(PreviewRecord record, Set<PreviewIdentity> kept, Set<PreviewIdentity> keptBranches) {
        if (kept.contains(record.identity())) {
            return true;
        }
        if (namespace != null && !namespace.isBlank()) {
            return false;
        }
        try {
            return keptBranches.contains(PreviewIdentity.ofBranch(record.source()));
        } catch (InvalidInputException notABranch) {
            return false;
        }
    }

    /** The kept branches outside any namespace (what {@link #keeps} compares a record's branch with). */
    public Set<PreviewIdentity> keptBranches() {
        return keptIdentities(keepBranches, null);
    }

    private static Set<PreviewIdentity> keptIdentities(List<String> keepBranches, String namespace) {
        Set<PreviewIdentity> kept = new LinkedHashSet<>();
        if (keepBranches != null) {
            for (String branch : keepBranches) {
                kept.add(PreviewIdentity.ofBranch(branch, namespace));
            }
        }
        return kept;
    }

    public static final class Builder {
        private final long projectId;
        private List<String> keepBranches;
        private String namespace;
        private Duration olderThan;
        private boolean dryRun;
        private int concurrency = DEFAULT_CONCURRENCY;

        private Builder(long projectId) {
            this.projectId = projectId;
        }

        public Builder keepBranches(List<String> branches) {
            this.keepBranches = branches;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder olderThan(Duration olderThan) {
            this.olderThan = olderThan;
            return this;
        }

        /** {@code <n>m|h|d}, see {@link OlderThan#parse(String)}. */
        public Builder olderThan(String olderThan) {
            this.olderThan = OlderThan.parse(olderThan);
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        public SweepRequest build() {
            return new SweepRequest(projectId, keepBranches, namespace, olderThan, dryRun, concurrency);
        }
    }
}
