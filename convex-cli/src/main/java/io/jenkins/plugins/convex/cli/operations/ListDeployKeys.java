package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-deploy-keys", description = "List a project's deploy keys, without their values (listDeployKeys).")
public final class ListDeployKeys extends OperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Override
    protected Call prepare() {
        long project = Inputs.id("project_id", projectId);
        return client -> Result.list(ModelViews.all(client.listDeployKeys(project), ModelViews::deployKey),
                "name", "deployment_name", "created_at");
    }
}
