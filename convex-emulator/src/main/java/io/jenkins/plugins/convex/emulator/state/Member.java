package io.jenkins.plugins.convex.emulator.state;

/** A member of a team; {@code role} is "admin" or "developer". */
public record Member(long id, long teamId, String email, String name, String role) {
}
