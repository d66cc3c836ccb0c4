package io.jenkins.plugins.convex.client.model;

/** A custom domain of a deployment; {@code requestDestination} keeps the server's text. */
public record CustomDomain(String domain, String requestDestination) {
}
