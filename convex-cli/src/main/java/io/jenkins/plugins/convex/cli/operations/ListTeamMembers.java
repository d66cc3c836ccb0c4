package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-team-members", description = "List a team's members and roles (listTeamMembers).")
public final class ListTeamMembers extends OperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Override
    protected Call prepare() {
        long team = Inputs.id("team_id", teamId);
        return client -> Result.list(ModelViews.all(client.listTeamMembers(team), ModelViews::teamMember), "id", "email", "role");
    }
}
