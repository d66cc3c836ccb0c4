package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClient;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "update-environment-variables", description = {
    "Set and remove a deployment's environment variables in one request, through its own API, with a deploy key.",
    "Values are never printed."})
public final class UpdateEnvironmentVariables extends DeploymentApiCommand {

    @Mixin
    VariableChangeOptions variables;

    @Override
    protected Function<DeploymentApiClient, Result> prepare() {
        List<EnvironmentVariableChange> changes = variables.changes(ConvexCommand.of(spec).context());
        return api -> {
            api.updateEnvironmentVariables(changes);
            return Result.empty(Changes.sentence(changes, "the deployment"));
        };
    }
}
