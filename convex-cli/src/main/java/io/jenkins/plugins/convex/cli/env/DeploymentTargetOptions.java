package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Option;

/** {@code --deployment-name} or {@code --deployment-url} (exactly one): whose own API to call. */
public final class DeploymentTargetOptions {

    @Option(names = "--deployment-name", paramLabel = "NAME",
            description = "The deployment's name: https://NAME.convex.cloud (with --emulator: the emulator's deployment).")
    String deploymentName;

    @Option(names = "--deployment-url", paramLabel = "URL", description = "The deployment's URL, as get-deployment prints it.")
    String deploymentUrl;

    void check() {
        if (deploymentName != null) {
            Validation.requireDeploymentName("deployment_name", deploymentName);
        }
    }

    /** The URL to call; {@code embedded} is the --emulator connection, else null. */
    String url(ApiConnection embedded) {
        if (deploymentUrl != null) {
            return deploymentUrl;
        }
        return embedded != null ? embedded.deploymentUrl(deploymentName) : DeploymentApiClientBuilder.liveUrl(deploymentName);
    }
}
