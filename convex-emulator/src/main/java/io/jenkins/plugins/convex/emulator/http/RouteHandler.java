package io.jenkins.plugins.convex.emulator.http;

/** One operation's handler. */
@FunctionalInterface
public interface RouteHandler {
    ApiResponse handle(ApiRequest request);
}
