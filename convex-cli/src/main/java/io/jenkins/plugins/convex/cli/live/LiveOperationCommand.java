package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.operations.OperationCommand;
import io.jenkins.plugins.convex.client.error.OperationNotInDialectException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand for an operation only the live service's dialect has. With the spec dialect the
 * client refuses it before any request; this turns that into exit code 2 with a message that names
 * the dialect and the way out.
 */
abstract class LiveOperationCommand extends OperationCommand {

    @Spec
    CommandSpec liveSpec;

    @Override
    protected final Call prepare() {
        Call call = prepareLive();
        return client -> {
            try {
                return call.invoke(client);
            } catch (OperationNotInDialectException e) {
                throw new CliInputException(liveSpec.name() + ": the " + e.dialect().toLowerCase(java.util.Locale.ROOT)
                        + " API dialect lacks this operation (" + e.operation() + "), which only the live Convex service's"
                        + " platform dialect has; use --api-dialect platform with a server that speaks it");
            }
        };
    }

    /** Validates the options and returns the call to make. */
    protected abstract Call prepareLive();
}
