package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-deployments", description = "List the deployments of a project (listDeployments).")
public final class ListDeployments extends OperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Override
    protected Call prepare() {
        long project = Inputs.id("project_id", projectId);
        return client -> Result.list(ModelViews.all(client.listDeployments(project), ModelViews::deployment),
                "name", "deployment_type", "region", "deployment_class", "url");
    }
}
