package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.connection.SecretFile;
import java.nio.file.Path;

/** The deploy key: {@code --deploy-key-file}, else {@code $CONVEX_DEPLOY_KEY}; never an argument. */
final class DeployKeySource {

    static final String ENV = "CONVEX_DEPLOY_KEY";

    private DeployKeySource() {
    }

    static String resolve(Path file, CliContext context) {
        if (file != null) {
            return SecretFile.readOneLine(context.resolve(file), file, "--deploy-key-file", "a deploy key of the deployment");
        }
        String fromEnv = context.env(ENV);
        if (fromEnv != null) {
            return fromEnv.strip();
        }
        throw new CliInputException("--deploy-key-file: missing; allowed: a file holding a deploy key of the deployment,"
                + " or the environment variable " + ENV);
    }
}
