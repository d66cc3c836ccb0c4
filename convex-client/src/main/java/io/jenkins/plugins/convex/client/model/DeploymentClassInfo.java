package io.jenkins.plugins.convex.client.model;

/** A deployment class and whether the team may use it (live service only); {@code type} is e.g. s16. */
public record DeploymentClassInfo(String type, boolean available) {
}
