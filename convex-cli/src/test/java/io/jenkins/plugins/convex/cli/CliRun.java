package io.jenkins.plugins.convex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with its own streams, environment and working directory. */
final class CliRun {

    private final Path workingDirectory;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> prefix = new ArrayList<>();

    CliRun(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Arguments put before every invocation's own (e.g. --api-url URL --token-file FILE). */
    CliRun withArgs(String... args) {
        prefix.addAll(List.of(args));
        return this;
    }

    Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(args));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(all.toArray(String[]::new), new CliContext(o, e, Map.copyOf(env), workingDirectory));
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Outcome(int exitCode, String out, String err) {

        private static final ObjectMapper JSON = new ObjectMapper();

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out + " (stderr: " + err + ")", e);
            }
        }

        /** stderr's lines, without the trailing newline. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }
}
