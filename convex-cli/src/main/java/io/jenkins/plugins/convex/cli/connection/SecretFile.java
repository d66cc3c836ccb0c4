package io.jenkins.plugins.convex.cli.connection;

import io.jenkins.plugins.convex.cli.CliInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a one-line secret (a token, a deploy key) from a file; errors name the option and the path, never the content. */
public final class SecretFile {

    private SecretFile() {
    }

    /** {@code asTyped} is the path as the user gave it; {@code what} says what the file should hold. */
    public static String readOneLine(Path path, Path asTyped, String option, String what) {
        String secret;
        try {
            secret = Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CliInputException(option, asTyped.toString(), "a readable file holding " + what);
        }
        if (secret.isEmpty() || secret.contains("\n")) {
            throw new CliInputException(option, asTyped.toString(), "a file holding exactly one " + what.replaceFirst("^(a|the) ", "")
                    + " (this one is empty or has several lines)");
        }
        return secret;
    }
}
