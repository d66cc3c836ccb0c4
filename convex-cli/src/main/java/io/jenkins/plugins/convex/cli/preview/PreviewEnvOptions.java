package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.env.Assignments;
import io.jenkins.plugins.convex.preview.env.PreviewVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --env NAME=VALUE} and {@code --env-file FILE} of {@code preview create}: files first, then --env, later ones winning. */
final class PreviewEnvOptions {

    @Option(names = "--env", paramLabel = "NAME=VALUE",
            description = "Set this environment variable on the preview (repeatable). Visible in the process list: prefer --env-file for secrets.")
    List<String> env = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE", description = "Set the variables of this dotenv file (NAME=VALUE lines) on the preview (repeatable).")
    List<String> envFiles = new ArrayList<>();

    PreviewVariables variables(CliContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        envFiles.forEach(file -> values.putAll(Assignments.dotenvFile("--env-file", context, file)));
        for (String assignment : env) {
            values.put(Assignments.nameOf("--env", assignment), Assignments.valueOf(assignment));
        }
        return PreviewVariables.of("env", values);
    }
}
