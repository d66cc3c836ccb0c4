package io.jenkins.plugins.convex.client.model;

/** A project: the unit that groups deployments. {@code teamId} may be null where a server omits it. */
public record Project(long id, String slug, String name, Long teamId) {
}
