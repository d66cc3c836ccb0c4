package io.jenkins.plugins.convex.client.model;

/** A member of a team; {@code role} keeps the server's text, {@code name} is null where a dialect lacks it. */
public record TeamMember(long id, String email, String name, String role) {
}
