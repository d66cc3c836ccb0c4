package io.jenkins.plugins.convex.client.model;

import java.time.Instant;

/**
 * What the server knows about the token in use (live service only): its kind ({@code teamToken} or
 * {@code projectToken}), id, name, and the team or project it acts for. Never the token itself.
 */
public record TokenDetails(String type, String id, String name, Long teamId, Long projectId, Instant createTime) {
}
