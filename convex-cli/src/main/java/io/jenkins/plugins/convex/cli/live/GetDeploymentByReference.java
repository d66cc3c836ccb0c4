package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.DeploymentReference;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "get-deployment-by-reference", description = {
    "Show the project's deployment with a reference, e.g. preview/feature-login (platform dialect only)."})
public final class GetDeploymentByReference extends LiveOperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--reference", required = true, paramLabel = "REF", description = "3-100 characters of a-z, 0-9, '-' and '/'.")
    String reference;

    @Override
    protected Call prepareLive() {
        long project = Validation.parseId("project_id", projectId);
        DeploymentReference.require("reference", reference);
        return client -> Result.object(ModelViews.deployment(client.getDeploymentByReference(project, reference)));
    }
}
