package io.jenkins.plugins.convex.client.model;

/** A region the team may create deployments in (live service only); {@code name} is the wire value, e.g. aws-us-east-1. */
public record DeploymentRegionInfo(String name, String displayName, boolean available) {
}
