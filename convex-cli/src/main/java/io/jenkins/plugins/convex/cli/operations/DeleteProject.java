package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete-project", description = "Delete a project and all its deployments (deleteProject).")
public final class DeleteProject extends OperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Override
    protected Call prepare() {
        long project = Inputs.id("project_id", projectId);
        return client -> {
            client.deleteProject(project);
            return Result.empty("Deleted project " + project + " and its deployments.");
        };
    }
}
