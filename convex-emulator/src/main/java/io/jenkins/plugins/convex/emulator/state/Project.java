package io.jenkins.plugins.convex.emulator.state;

/** A project of a team; {@code createTime} is epoch milliseconds. */
public record Project(long id, long teamId, String name, String slug, long createTime) {
}
