package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.cli.output.Result;
import io.jenkins.plugins.convex.client.ConvexClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One subcommand per API operation. {@link #prepare()} checks every option and builds the request
 * without touching the network; only then is a connection opened and the call made, so invalid
 * input never reaches a server.
 */
public abstract class OperationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        ConvexCommand root = ConvexCommand.of(spec);
        Call call = prepare();
        try (ApiConnection connection = root.connect()) {
            root.printer().print(call.invoke(connection.client()));
        }
        return ExitCodes.OK;
    }

    /** Validates the options and returns the call to make. */
    protected abstract Call prepare();

    /** The request, ready to send. */
    @FunctionalInterface
    protected interface Call {
        Result invoke(ConvexClient client);
    }
}
