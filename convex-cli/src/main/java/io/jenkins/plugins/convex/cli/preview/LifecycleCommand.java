package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.cli.output.Printer;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code preview} subcommand: validates its options without I/O ({@link #prepare}), then runs
 * over the lifecycle library with the file store and the connection the global options name.
 */
abstract class LifecycleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public final Integer call() {
        ConvexCommand root = ConvexCommand.of(spec);
        CliContext context = root.context();
        Work work = prepare();
        try (ApiConnection connection = root.connect()) {
            PreviewLifecycle lifecycle = PreviewLifecycle.builder(connection.client(), store.open(context)).build();
            return work.run(lifecycle, root.printer(), context);
        }
    }

    /** Checks the options and returns what to do; throws before any request on bad input. */
    protected abstract Work prepare();

    @FunctionalInterface
    protected interface Work {
        /** Does it, prints the result on stdout (progress on stderr) and returns the exit code. */
        int run(PreviewLifecycle lifecycle, Printer printer, CliContext context);
    }
}
