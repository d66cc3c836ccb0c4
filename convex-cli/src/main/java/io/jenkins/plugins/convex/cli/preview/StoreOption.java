package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --state-file}: where the command line records which deployment is which branch's preview. */
final class StoreOption {

    static final String DEFAULT = ".convex/previews.json";

    @Option(names = "--state-file", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "The preview store (default: ${DEFAULT-VALUE} in the working directory). Safe to share between processes.")
    Path stateFile;

    FilePreviewStore open(CliContext context) {
        return new FilePreviewStore(context.resolve(stateFile));
    }
}
