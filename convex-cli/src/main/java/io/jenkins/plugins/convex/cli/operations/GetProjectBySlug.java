package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "get-project-by-slug", description = "Show a project by team and project slug (getProjectBySlug).")
public final class GetProjectBySlug extends OperationCommand {

    @Option(names = "--team-id-or-slug", required = true, paramLabel = "TEAM", description = "The team's integer id or its slug.")
    String teamIdOrSlug;

    @Option(names = "--project-slug", required = true, paramLabel = "SLUG", description = "The project's slug.")
    String projectSlug;

    @Override
    protected Call prepare() {
        Validation.requireSlug("team_id_or_slug", teamIdOrSlug);
        Validation.requireSlug("project_slug", projectSlug);
        return client -> Result.object(ModelViews.project(client.getProjectBySlug(teamIdOrSlug, projectSlug)));
    }
}
