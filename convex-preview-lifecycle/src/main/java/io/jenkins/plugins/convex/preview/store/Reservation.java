package io.jenkins.plugins.convex.preview.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim on an identity while its deployment is being created. Only the holder of {@link #token()}
 * may complete or release it; once older than the store's stale timeout, anyone may take it over
 * (its holder is presumed crashed), after which the old holder's {@code complete} fails.
 *
 * @param key        the identity claimed
 * @param holder     who holds it, for messages (a job name, {@code user@host}); not a secret
 * @param token      unique per reservation; compared on complete and release
 * @param reservedAt when it was taken (the store's clock)
 * @param replacing  the deployment name of the record this reservation replaces, or null for a new identity
 */
public record Reservation(PreviewKey key, String holder, String token, Instant reservedAt, String replacing) {

    public Reservation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(reservedAt, "reservedAt");
        holder = holder == null ? "" : holder;
    }
}
