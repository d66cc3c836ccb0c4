package io.jenkins.plugins.convex.client;

import java.time.Duration;
import java.util.Locale;

/**
 * A failed attempt about to be repeated, for whoever wants to tell the user (the command line
 * prints {@link #line()} on stderr, so that a retrying call is never silent).
 *
 * @param operation   the contract's operationId, e.g. {@code listProjects}
 * @param nextAttempt the attempt about to be made (2 for the first retry)
 * @param maxAttempts the attempts allowed in all
 * @param delay       the wait before it
 * @param reason      why the last attempt failed, in a few words ({@code connection refused}, {@code HTTP 503})
 */
public record RetryNotice(String operation, int nextAttempt, int maxAttempts, Duration delay, String reason) {

    /** {@code retrying listProjects in 1.2 s (attempt 2 of 4): connection refused}. */
    public String line() {
        return String.format(Locale.ROOT, "retrying %s in %.1f s (attempt %d of %d): %s",
                operation, delay.toMillis() / 1000.0, nextAttempt, maxAttempts, reason);
    }
}
