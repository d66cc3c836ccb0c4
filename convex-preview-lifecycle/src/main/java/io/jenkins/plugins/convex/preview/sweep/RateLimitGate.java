package io.jenkins.plugins.convex.preview.sweep;

import java.time.Duration;

/**
 * Shared by a sweep's workers: when one is told to slow down (429 with Retry-After), every worker
 * waits until then before its next request, rather than each finding out by its own 429.
 */
final class RateLimitGate {

    private long openAtNanos = System.nanoTime();

    synchronized void closeFor(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        if (until - openAtNanos > 0) {
            openAtNanos = until;
        }
    }

    void awaitOpen() throws InterruptedException {
        while (true) {
            long remaining;
            synchronized (this) {
                remaining = openAtNanos - System.nanoTime();
            }
            if (remaining <= 0) {
                return;
            }
            Thread.sleep(Math.max(1, remaining / 1_000_000));
        }
    }
}
