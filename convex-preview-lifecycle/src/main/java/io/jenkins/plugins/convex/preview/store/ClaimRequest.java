package io.jenkins.plugins.convex.preview.store;

import java.time.Duration;
import java.util.Objects;

/**
 * Asks a store for an identity: its record, or the right to create it.
 *
 * @param key             the identity in its project
 * @param holder          who asks (a job name, {@code user@host}); shown to others who must wait
 * @param staleAfter      a reservation older than this is taken over (its holder is presumed crashed)
 * @param replacing       null to accept an existing record; or the deployment name of the current
 *                        record, known gone or deleted, to reserve its replacement. If the record
 *                        names another deployment by now (someone replaced it first), that record
 *                        is returned instead.
 */
public record ClaimRequest(PreviewKey key, String holder, Duration staleAfter, String replacing) {

    public ClaimRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive: " + staleAfter);
        }
        holder = holder == null ? "" : holder;
    }
}
