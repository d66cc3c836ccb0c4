package io.jenkins.plugins.convex.cli.connection;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.cli.GlobalOptions;
import java.nio.file.Path;

/** Finds the team access token: {@code --token-file}, else {@code $CONVEX_MANAGEMENT_TOKEN}; never an argument. */
final class TokenSource {

    private TokenSource() {
    }

    static String resolve(GlobalOptions global, CliContext context) {
        Path tokenFile = global.tokenFile();
        if (tokenFile != null) {
            return readTokenFile(context.resolve(tokenFile), tokenFile);
        }
        String fromEnv = context.env(GlobalOptions.TOKEN_ENV);
        if (fromEnv != null) {
            return fromEnv.strip();
        }
        throw new CliInputException("--token-file: missing; allowed: a file holding the team access token,"
                + " or the environment variable " + GlobalOptions.TOKEN_ENV + " (or --emulator, which needs none)");
    }

    private static String readTokenFile(Path path, Path asTyped) {
        return SecretFile.readOneLine(path, asTyped, "--token-file", "the team access token");
    }
}
