package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a request is retried: at most {@code maxAttempts} attempts in all,
 * waiting an exponentially growing backoff with jitter between them ({@code initialBackoff},
 * doubling, capped at {@code maxBackoff}). A server's Retry-After is honoured up to
 * {@code maxRetryAfter}. Which failures are retried is decided by the transport, not here.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** 4 attempts, 500 ms doubling up to 8 s, Retry-After honoured up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
    }

    /** One attempt only. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        if (maxAttempts < 1) {
            throw new InvalidInputException("max_attempts", Integer.toString(maxAttempts), "at least 1");
        }
        requireNonNegative("initial_backoff", initialBackoff);
        requireNonNegative("max_backoff", maxBackoff);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new InvalidInputException("max_backoff", maxBackoff.toString(), "at least initial_backoff " + initialBackoff);
        }
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, Duration.ofSeconds(30));
    }

    /** The same policy with a different cap on a server's Retry-After. */
    public RetryPolicy withMaxRetryAfter(Duration cap) {
        requireNonNegative("max_retry_after", cap);
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, cap);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The wait before attempt {@code nextAttempt} (2 for the first retry). A server's Retry-After
     * (may be null) wins, capped; otherwise the backoff with "equal jitter" (between half and all
     * of it), so that many clients retrying together spread out.
     */
    public Duration delayBefore(int nextAttempt, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        long cap = maxBackoff.toMillis();
        long backoff = Math.min(cap, initialBackoff.toMillis());
        for (int i = 2; i < nextAttempt && backoff < cap; i++) {
            backoff = Math.min(cap, backoff * 2);
        }
        if (backoff <= 1) {
            return Duration.ofMillis(backoff);
        }
        long half = backoff / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(backoff - half + 1));
    }

    private static void requireNonNegative(String field, Duration d) {
        if (d == null || d.isNegative()) {
            throw new InvalidInputException(field, String.valueOf(d), "a duration of zero or more");
        }
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "]";
    }
}
