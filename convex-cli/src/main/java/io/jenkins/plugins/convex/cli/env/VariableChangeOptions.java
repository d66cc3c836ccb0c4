package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.cli.CliContext;
import io.jenkins.plugins.convex.cli.CliInputException;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --set NAME=VALUE}, {@code --set-from-file NAME=PATH} and {@code --unset NAME}, each repeatable. */
public final class VariableChangeOptions {

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Set a variable (repeatable). The value is visible in the process list: prefer --set-from-file for secrets.")
    List<String> set = new ArrayList<>();

    @Option(names = "--set-from-file", paramLabel = "NAME=PATH", description = "Set a variable to the content of a file (repeatable).")
    List<String> setFromFile = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "NAME", description = "Remove a variable (repeatable).")
    List<String> unset = new ArrayList<>();

    /** The changes in the order of the options' kinds; at least one, each name once. */
    public List<EnvironmentVariableChange> changes(CliContext context) {
        Map<String, EnvironmentVariableChange> byName = new LinkedHashMap<>();
        for (String a : set) {
            String name = Assignments.nameOf("--set", a);
            Assignments.once("--set", name, byName);
            byName.put(name, EnvironmentVariableChange.set(name, Assignments.valueOf(a)));
        }
        for (String a : setFromFile) {
            String name = Assignments.nameOf("--set-from-file", a);
            Assignments.once("--set-from-file", name, byName);
            byName.put(name, EnvironmentVariableChange.set(name, Assignments.fileValue("--set-from-file", name, context, Assignments.valueOf(a))));
        }
        for (String name : unset) {
            Assignments.checkedName("--unset", name);
            Assignments.once("--unset", name, byName);
            byName.put(name, EnvironmentVariableChange.unset(name));
        }
        if (byName.isEmpty()) {
            throw new CliInputException("--set: missing; allowed: at least one of --set NAME=VALUE, --set-from-file NAME=PATH, --unset NAME");
        }
        return List.copyOf(byName.values());
    }
}
