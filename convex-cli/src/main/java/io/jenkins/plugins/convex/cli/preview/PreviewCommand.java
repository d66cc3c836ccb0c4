package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.ConvexCommand;
import io.jenkins.plugins.convex.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code preview create|list|delete|sweep}: one preview deployment per branch or pull request. */
@Command(name = "preview",
        description = {
            "One preview deployment per branch or pull request: create or reuse, list, delete, sweep.",
            "The previews made here are recorded in --state-file (default .convex/previews.json)."},
        subcommands = {PreviewCreate.class, PreviewList.class, PreviewDelete.class, PreviewSweep.class})
public final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConvexCommand.of(spec).context().err().println("error: preview needs a subcommand: create, list, delete or sweep (see preview --help)");
        return ExitCodes.INVALID_INPUT;
    }
}
