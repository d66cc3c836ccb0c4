package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-projects", description = "List the projects of a team (listProjects).")
public final class ListProjects extends OperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Override
    protected Call prepare() {
        long team = Inputs.id("team_id", teamId);
        return client -> Result.list(ModelViews.all(client.listProjects(team), ModelViews::project), "id", "slug", "name", "team_id");
    }
}
