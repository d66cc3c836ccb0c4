package io.jenkins.plugins.convex.preview.sweep;

/**
 * One deletion of a sweep, as it finishes (or, in a dry run, one preview that would go).
 *
 * @param outcome   what happened
 * @param item      the preview; {@link SweepItem#note()} carries the error of a failure
 * @param completed how many deletions have finished, this one included
 * @param total     how many deletions the sweep makes
 */
public record SweepEvent(Outcome outcome, SweepItem item, int completed, int total) {

    public enum Outcome {
        DELETED, ALREADY_GONE, WOULD_DELETE, FAILED
    }

    /** A line for a log or stderr: {@code [3/10] deleted preview feature/login (happy-otter-123)}. */
    public String toLine() {
        String what = switch (outcome) {
            case DELETED -> "deleted preview";
            case ALREADY_GONE -> "deleted preview (already gone on the server)";
            case WOULD_DELETE -> "would delete preview";
            case FAILED -> "FAILED to delete preview";
        };
        String line = "[" + completed + "/" + total + "] " + what + " " + item.identity() + " (" + item.deploymentName() + ")";
        return outcome == Outcome.FAILED && item.note() != null ? line + ": " + item.note() : line;
    }
}
