package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import io.jenkins.plugins.convex.preview.store.NotAPreviewStoreException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --state-file}: where the command line records which deployment is which branch's preview. */
final class StoreOption {

    static final String DEFAULT = ".convex/previews.json";

    @Option(names = "--state-file", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "The preview store (default: ${DEFAULT-VALUE} in the working directory). Safe to share between processes.")
    Path stateFile;

    /** The store, read once so that a file of another kind is refused (exit 2, left as it was) before any request. */
    FilePreviewStore open(CliContext context) {
        try {
            return new FilePreviewStore(context.resolve(stateFile)).checked();
        } catch (NotAPreviewStoreException e) {
            throw new CliInputException("--state-file", stateFile.toString(), "a preview store or a new file (" + e.reason() + ")");
        }
    }
}
