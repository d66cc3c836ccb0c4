package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.cli.live.ExpiryOption;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the new key on stdout (that is what the command is for); nothing else ever shows it. */
@Command(name = "create-deploy-key", description = {
    "Create a deploy key for a deployment (createDeployKey).",
    "The key is printed once on stdout; store it as a secret."})
public final class CreateDeployKey extends OperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment the key is for.")
    String deploymentName;

    @Option(names = "--key-name", paramLabel = "NAME", description = "A name for the key.")
    String keyName;

    @Option(names = "--expires-at", paramLabel = "WHEN", description = "Platform dialect only: expiry, an ISO-8601 instant or +<n>h / +<n>d from now.")
    String expiresAt;

    @Override
    protected Call prepare() {
        long project = Inputs.id("project_id", projectId);
        CreateDeployKeyRequest request = new CreateDeployKeyRequest(deploymentName, keyName,
                ExpiryOption.parse("--expires-at", expiresAt, Instant.now()));
        return client -> Result.object(ModelViews.deployKey(client.createDeployKey(project, request)));
    }
}
