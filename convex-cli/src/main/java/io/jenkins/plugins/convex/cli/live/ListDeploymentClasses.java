package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list-deployment-classes", description = "List the deployment classes and whether the team may use them (platform dialect only).")
public final class ListDeploymentClasses extends LiveOperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Override
    protected Call prepareLive() {
        long team = Validation.parseId("team_id", teamId);
        return client -> Result.list(ModelViews.all(client.listDeploymentClasses(team), LiveViews::deploymentClass), "deployment_class", "available");
    }
}
