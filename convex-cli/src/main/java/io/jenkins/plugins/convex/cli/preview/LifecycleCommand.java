package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.connection.ApiConnection;
import io.jenkins.plugins.convex.cli.output.Printer;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.preview.PreviewLifecycle;
import io.jenkins.plugins.convex.preview.locate.PreviewLocator;
import io.jenkins.plugins.convex.preview.locate.PreviewLocators;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import java.time.Duration;
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
        FilePreviewStore previews = store.open(context);
        try (ApiConnection connection = root.connect()) {
            checkDialect(connection.client().dialect());
            // On the platform dialect the preview's identity is its reference on the server (the store a cache).
            PreviewLifecycle lifecycle = PreviewLifecycle.builder(connection.client(), previews)
                    .locator(locator(connection))
                    .build();
            return work.run(lifecycle, root.printer(), context);
        }
    }

    private PreviewLocator locator(ApiConnection connection) {
        try {
            return PreviewLocators.forClient(connection.client(), previewExpiry());
        } catch (IllegalArgumentException specHasNoExpiry) {
            throw new CliInputException("--expires-in: " + specHasNoExpiry.getMessage() + "; use --api-dialect platform");
        }
    }

    /** Refuses, before any request, options the connection's dialect cannot honour (exit 2). */
    protected void checkDialect(ApiDialect dialect) {
    }

    /** How long a preview lives after this command creates or reuses it (platform dialect only); null: the server's default. */
    protected Duration previewExpiry() {
        return null;
    }

    /** Checks the options and returns what to do; throws before any request on bad input. */
    protected abstract Work prepare();

    @FunctionalInterface
    protected interface Work {
        /** Does it, prints the result on stdout (progress on stderr) and returns the exit code. */
        int run(PreviewLifecycle lifecycle, Printer printer, CliContext context);
    }
}
