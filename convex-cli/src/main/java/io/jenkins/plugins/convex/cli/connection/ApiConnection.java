package io.jenkins.plugins.convex.cli.connection;

import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;

/**
 * A client for one invocation, and the embedded emulator behind it when {@code --emulator} was given
 * (closed with the connection, which saves its state when {@code --emulator-state} was given).
 */
public final class ApiConnection implements AutoCloseable {

    private final ConvexClient client;
    private final String baseUrl;
    private final ConvexEmulator embedded;

    ApiConnection(ConvexClient client, String baseUrl, ConvexEmulator embedded) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.embedded = embedded;
    }

    public ConvexClient client() {
        return client;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Where a deployment's own API is: the embedded emulator's {@code /d/<name>}, else the live service's host. */
    public String deploymentUrl(String deploymentName) {
        return embedded != null ? embedded.deploymentUrl(deploymentName) : DeploymentApiClientBuilder.liveUrl(deploymentName);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
