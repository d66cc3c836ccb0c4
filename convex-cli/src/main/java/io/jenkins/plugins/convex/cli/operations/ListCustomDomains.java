package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-custom-domains", description = "List a deployment's custom domains (listCustomDomains).")
public final class ListCustomDomains extends OperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment's name.")
    String deploymentName;

    @Override
    protected Call prepare() {
        String name = Inputs.deploymentName(deploymentName);
        return client -> Result.list(ModelViews.all(client.listCustomDomains(name), ModelViews::customDomain),
                "domain", "request_destination");
    }
}
