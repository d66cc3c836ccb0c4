package io.jenkins.plugins.convex.emulator.state;

/** A custom domain routed to a deployment; {@code requestDestination} is convexCloud or convexSite. */
public record CustomDomain(String deploymentName, String domain, String requestDestination, long creationTime) {
}
