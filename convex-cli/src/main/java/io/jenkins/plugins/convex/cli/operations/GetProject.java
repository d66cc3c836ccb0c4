package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "get-project", description = "Show a project by id (getProject).")
public final class GetProject extends OperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Override
    protected Call prepare() {
        long project = Inputs.id("project_id", projectId);
        return client -> Result.object(ModelViews.project(client.getProject(project)));
    }
}
