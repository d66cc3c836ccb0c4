package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete-custom-domain", description = "Remove a custom domain from a deployment (deleteCustomDomain).")
public final class DeleteCustomDomain extends OperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment's name.")
    String deploymentName;

    @Option(names = "--domain", required = true, paramLabel = "DOMAIN", description = "The domain to remove.")
    String domain;

    @Override
    protected Call prepare() {
        String name = Inputs.deploymentName(deploymentName);
        Validation.requireDomain("domain", domain);
        return client -> {
            client.deleteCustomDomain(name, domain);
            return Result.empty("Removed custom domain " + domain + " from " + name + ".");
        };
    }
}
