package io.jenkins.plugins.convex.preview.cleanup;

import java.time.Duration;

/**
 * When a failed pending deletion is tried again: 1, 2, 4, 8... minutes after the n-th failure,
 * capped at one hour, so an outage of the API costs few requests yet a recovery is noticed soon.
 * Deletions waiting for credentials are looked at again every {@link #credentialsRecheck()}.
 */
public final class RetrySchedule {

    /** After this many failures a deletion is shown to administrators (the monitor). */
    public static final int FAILURES_BEFORE_ALERT = 3;

    private final Duration first;
    private final Duration max;
    private final Duration credentialsRecheck;

    public RetrySchedule(Duration first, Duration max, Duration credentialsRecheck) {
        this.first = requirePositive(first, "first");
        this.max = requirePositive(max, "max");
        this.credentialsRecheck = requirePositive(credentialsRecheck, "credentialsRecheck");
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("max " + max + " is shorter than first " + first);
        }
    }

    public static RetrySchedule defaults() {
        return new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5));
    }

    /** The wait after the {@code failures}-th consecutive failure (1-based). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    public Duration credentialsRecheck() {
        return credentialsRecheck;
    }

    private static Duration requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }
}
