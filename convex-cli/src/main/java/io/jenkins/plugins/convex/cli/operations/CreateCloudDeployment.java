package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.output.ModelViews;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.CreateCloudDeploymentRequest;
import io.jenkins.plugins.convex.client.model.DeploymentReference;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.cli.live.ExpiryOption;
import java.time.Instant;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create-cloud-deployment", description = "Create a cloud deployment in a project (createCloudDeployment).")
public final class CreateCloudDeployment extends OperationCommand {

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--deployment-type", required = true, paramLabel = "TYPE", description = "dev, prod, preview or custom.")
    String deploymentType;

    @Option(names = "--region", required = true, paramLabel = "REGION", description = "aws-us-east-1 or aws-eu-west-1.")
    String region;

    @Option(names = "--deployment-class", paramLabel = "CLASS", description = DeploymentClass.ALLOWED + ".")
    String deploymentClass;

    @Option(names = "--reference", paramLabel = "REF", description = "Platform dialect only: the deployment's reference, unique in the project.")
    String reference;

    @Option(names = "--expires-at", paramLabel = "WHEN", description = "Platform dialect only: expiry, an ISO-8601 instant or +<n>h / +<n>d from now.")
    String expiresAt;

    @Override
    protected Call prepare() {
        long project = Inputs.id("project_id", projectId);
        if (reference != null) {
            DeploymentReference.require("reference", reference);
        }
        CreateCloudDeploymentRequest request = new CreateCloudDeploymentRequest(
                DeploymentType.of(deploymentType), Inputs.region("region", region), Inputs.deploymentClass(deploymentClass),
                reference, ExpiryOption.parse("--expires-at", expiresAt, Instant.now()));
        return client -> Result.object(ModelViews.deployment(client.createCloudDeployment(project, request)));
    }
}
