package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.UpdateDeploymentRequest;
import io.jenkins.plugins.convex.client.model.Validation;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "update-deployment", description = {
    "Change a deployment's expiry and/or reference; prints it as it is afterwards (platform dialect only)."})
public final class UpdateDeployment extends LiveOperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment's name.")
    String deploymentName;

    @Option(names = "--expires-at", paramLabel = "WHEN", description = "New expiry: an ISO-8601 instant, or +<n>h / +<n>d from now.")
    String expiresAt;

    @Option(names = "--reference", paramLabel = "REF", description = "New reference.")
    String reference;

    @Override
    protected Call prepareLive() {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        Instant when = ExpiryOption.parse("--expires-at", expiresAt, Instant.now());
        UpdateDeploymentRequest request = new UpdateDeploymentRequest(when, reference);
        return client -> Result.object(ModelViews.deployment(client.updateDeployment(deploymentName, request)));
    }
}
