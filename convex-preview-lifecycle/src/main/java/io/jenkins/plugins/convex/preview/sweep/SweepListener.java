package io.jenkins.plugins.convex.preview.sweep;

/**
 * Told of each deletion of a sweep as it finishes (the command line's stderr line, the plugin's
 * log line). Calls are serialised by the sweep, so an implementation need not be thread-safe, but
 * they come from worker threads.
 */
@FunctionalInterface
public interface SweepListener {

    SweepListener NONE = event -> { };

    void onDeletion(SweepEvent event);
}
