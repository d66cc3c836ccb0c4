package io.jenkins.plugins.convex.emulator;

/**
 * A request the emulator received under /v1 or /d/, in arrival order, faulted or not. {@code path} is the
 * full path ("/v1/teams/1/list_projects"), {@code query} the raw query string ("" when none).
 * Headers are not kept, so no token ends up in the log.
 */
public record RecordedRequest(String method, String path, String query) {
}
