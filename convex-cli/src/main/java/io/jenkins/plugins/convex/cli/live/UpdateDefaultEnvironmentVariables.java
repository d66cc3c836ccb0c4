package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.env.Changes;
import io.jenkins.plugins.convex.cli.env.VariableChangeOptions;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.model.DefaultEnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.DeploymentType;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import io.jenkins.plugins.convex.client.model.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "update-default-environment-variables", description = {
    "Set and remove a project's default environment variables for new deployments of the given types, in one request",
    "(platform dialect only). Existing deployments keep their variables. Values are never printed."})
public final class UpdateDefaultEnvironmentVariables extends LiveOperationCommand {

    @Spec
    CommandSpec ownSpec;

    @Option(names = "--project-id", required = true, paramLabel = "ID", description = "The project's integer id.")
    String projectId;

    @Option(names = "--deployment-type", required = true, paramLabel = "TYPE",
            description = "The type of new deployments the change is for (repeatable): dev, prod, preview, custom.")
    List<String> deploymentTypes = new ArrayList<>();

    @Mixin
    VariableChangeOptions variables;

    @Override
    protected Call prepareLive() {
        long project = Validation.parseId("project_id", projectId);
        Set<DeploymentType> types = new LinkedHashSet<>();
        deploymentTypes.forEach(t -> types.add(DeploymentType.of(t)));
        List<EnvironmentVariableChange> changes = variables.changes(ConvexCommand.of(ownSpec).context());
        List<DefaultEnvironmentVariableChange> perType = new ArrayList<>();
        types.forEach(type -> changes.forEach(c -> perType.add(new DefaultEnvironmentVariableChange(type, c))));
        String of = "project " + project + " for new " + String.join(", ", types.stream().map(DeploymentType::wireValue).toList()) + " deployments";
        return client -> {
            client.updateDefaultEnvironmentVariables(project, perType);
            return Result.empty(Changes.sentence(changes, of));
        };
    }
}
