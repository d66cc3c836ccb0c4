package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.CreateCustomDomainRequest;
import io.jenkins.plugins.convex.client.model.RequestDestination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create-custom-domain", description = "Route a custom domain to a deployment (createCustomDomain).")
public final class CreateCustomDomain extends OperationCommand {

    @Option(names = "--deployment-name", required = true, paramLabel = "NAME", description = "The deployment's name.")
    String deploymentName;

    @Option(names = "--domain", required = true, paramLabel = "DOMAIN", description = "A DNS name such as api.example.com.")
    String domain;

    @Option(names = "--request-destination", required = true, paramLabel = "DEST",
            description = "convexCloud (function API) or convexSite (HTTP actions).")
    String requestDestination;

    @Override
    protected Call prepare() {
        String name = Inputs.deploymentName(deploymentName);
        CreateCustomDomainRequest request = new CreateCustomDomainRequest(domain, RequestDestination.of(requestDestination));
        return client -> Result.object(ModelViews.customDomain(client.createCustomDomain(name, request)));
    }
}
