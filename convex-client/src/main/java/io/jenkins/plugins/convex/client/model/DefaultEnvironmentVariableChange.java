package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;

/**
 * One change of a project's default environment variables (live service only): for new deployments
 * of {@code deploymentType}, set {@code name} to {@code value}, or remove it when {@code value} is
 * null. {@link #toString()} never shows the value.
 */
public record DefaultEnvironmentVariableChange(DeploymentType deploymentType, EnvironmentVariableChange change) {

    public DefaultEnvironmentVariableChange {
        if (deploymentType == null) {
            throw new InvalidInputException("deployment_type", null, "one of dev, prod, preview, custom");
        }
        if (change == null) {
            throw new InvalidInputException("changes", null, "a change of one variable");
        }
    }

    public String name() {
        return change.name();
    }

    /** The new value, or null to remove the variable. */
    public String value() {
        return change.value();
    }
}
