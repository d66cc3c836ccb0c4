package io.jenkins.plugins.convex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one invocation of the command line sees of the outside world: its streams, environment and
 * working directory. Passed in rather than read from {@link System} so that tests can run the CLI
 * in-process with their own environment.
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path workingDirectory) {

    public String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** A path as the user typed it, resolved against the working directory. */
    public Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }
}
