package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "get-deployment", description = "Show a deployment by name (getDeployment).")
public final class GetDeployment extends OperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment's name, e.g. happy-otter-123.")
    String deploymentName;

    @Override
    protected Call prepare() {
        String name = Inputs.deploymentName(deploymentName);
        return client -> Result.object(ModelViews.deployment(client.getDeployment(name)));
    }
}
