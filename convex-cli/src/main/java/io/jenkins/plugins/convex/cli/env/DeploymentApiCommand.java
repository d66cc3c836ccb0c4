package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClient;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand on a deployment's own API ({@code <url>/api/v1}, a deploy key): no team token is
 * needed. Options are checked first; with {@code --emulator} the embedded emulator serves the deployment.
 */
abstract class DeploymentApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DeploymentTargetOptions target;

    @Option(names = "--deploy-key-file", paramLabel = "FILE",
            description = "File holding a deploy key of the deployment (default: $" + DeployKeySource.ENV + "). Never pass a key as an argument.")
    Path deployKeyFile;

    @Override
    public final Integer call() {
        ConvexCommand root = ConvexCommand.of(spec);
        target.check();
        Function<DeploymentApiClient, Result> call = prepare();
        String deployKey = DeployKeySource.resolve(deployKeyFile, root.context());
        if (root.global().emulator()) {
            try (ApiConnection embedded = root.connect()) {
                root.printer().print(call.apply(open(target.url(embedded), deployKey)));
            }
        } else {
            root.printer().print(call.apply(open(target.url(null), deployKey)));
        }
        return ExitCodes.OK;
    }

    private static DeploymentApiClient open(String url, String deployKey) {
        return DeploymentApiClientBuilder.forDeploymentUrl(url).deployKey(deployKey).build();
    }

    /** Checks the options (before any request) and returns the call to make. */
    protected abstract Function<DeploymentApiClient, Result> prepare();
}
