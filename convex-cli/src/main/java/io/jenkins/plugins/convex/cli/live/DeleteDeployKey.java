package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete-deploy-key", description = "Delete a deployment's deploy key by id or name (platform dialect only).")
public final class DeleteDeployKey extends LiveOperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment the key is for.")
    String deploymentName;

    @Option(names = "--id", required = true, paramLabel = "ID_OR_NAME", description = "The key's id or name (see list-deploy-keys).")
    String id;

    @Override
    protected Call prepareLive() {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        Validation.requireNonBlank("id", id);
        return client -> {
            client.deleteDeployKey(deploymentName, id);
            return Result.empty("Deleted deploy key " + id + " of " + deploymentName + ".");
        };
    }
}
