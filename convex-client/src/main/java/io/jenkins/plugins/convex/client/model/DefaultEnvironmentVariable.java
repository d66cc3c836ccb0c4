package io.jenkins.plugins.convex.client.model;

import java.util.List;

/**
 * A project's default environment variable (live service only): the value new deployments of the
 * listed types start with. Types are kept as the server's text. {@link #toString()} hides the value.
 */
public record DefaultEnvironmentVariable(String name, String value, List<String> deploymentTypes) {

    public DefaultEnvironmentVariable {
        deploymentTypes = List.copyOf(deploymentTypes);
    }

    @Override
    public String toString() {
        return "DefaultEnvironmentVariable[name=" + name + ", value=****, deploymentTypes=" + deploymentTypes + "]";
    }
}
