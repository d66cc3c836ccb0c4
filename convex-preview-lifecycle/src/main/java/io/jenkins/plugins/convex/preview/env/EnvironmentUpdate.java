package io.jenkins.plugins.convex.preview.env;

import java.util.List;

/** What setting a preview's variables did: the names it changed (never values) and how many already matched. */
public record EnvironmentUpdate(List<String> changed, int unchanged) {

    public EnvironmentUpdate {
        changed = List.copyOf(changed);
    }

    /** One line for a log: counts only. */
    public String summary() {
        return "environment variables: " + changed.size() + " set, " + unchanged + " already up to date";
    }
}
