package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete-deployment", description = "Delete a deployment by name (deleteDeployment).")
public final class DeleteDeployment extends OperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment's name, e.g. happy-otter-123.")
    String deploymentName;

    @Override
    protected Call prepare() {
        String name = Inputs.deploymentName(deploymentName);
        return client -> {
            client.deleteDeployment(name);
            return Result.empty("Deleted deployment " + name + ".");
        };
    }
}
