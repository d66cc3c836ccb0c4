package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create-project", description = "Create a project in a team (createProject).")
public final class CreateProject extends OperationCommand {

    @Option(names = "--team-id", required = true, paramLabel = "ID", description = "The team's integer id.")
    String teamId;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name of the project.")
    String name;

    @Option(names = "--deployment-region", paramLabel = "REGION",
            description = "Region of an initial prod deployment (aws-us-east-1, aws-eu-west-1); without it none is made.")
    String deploymentRegion;

    @Option(names = "--deployment-class", paramLabel = "CLASS", description = "Class of that deployment: " + DeploymentClass.ALLOWED + ".")
    String deploymentClass;

    @Override
    protected Call prepare() {
        long team = Inputs.id("team_id", teamId);
        CreateProjectRequest request = new CreateProjectRequest(name, null,
                Inputs.region("deployment_region", deploymentRegion), Inputs.deploymentClass(deploymentClass));
        return client -> Result.object(ModelViews.project(client.createProject(team, request)));
    }
}
