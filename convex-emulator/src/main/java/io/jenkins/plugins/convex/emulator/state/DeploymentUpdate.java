package io.jenkins.plugins.convex.emulator.state;

/**
 * Changes to a deployment (the live service's PATCH); null fields are left alone,
 * {@code clearExpiry} removes the expiry.
 */
public record DeploymentUpdate(String reference, Long expiresAt, boolean clearExpiry, String deploymentClass, Boolean isDefault) {
}
