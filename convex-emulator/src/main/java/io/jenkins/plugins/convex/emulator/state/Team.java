package io.jenkins.plugins.convex.emulator.state;

/** A team: the owner of projects and the scope of every token. */
public record Team(long id, String slug, String name) {
}
