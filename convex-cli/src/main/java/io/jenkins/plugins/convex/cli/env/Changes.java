package io.jenkins.plugins.convex.cli.env;

import io.jenkins.plugins.convex.client.model.EnvironmentVariableChange;
import java.util.List;

/** The text printed after an update: names and counts, never values. */
public final class Changes {

    private Changes() {
    }

    public static String sentence(List<EnvironmentVariableChange> changes, String of) {
        long removed = changes.stream().filter(EnvironmentVariableChange::removes).count();
        List<String> names = changes.stream().map(EnvironmentVariableChange::name).toList();
        return "Updated " + changes.size() + " environment variable(s) of " + of + " (" + (changes.size() - removed) + " set, "
                + removed + " removed): " + String.join(", ", names) + ".";
    }
}
