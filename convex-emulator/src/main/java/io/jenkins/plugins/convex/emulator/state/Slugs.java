package io.jenkins.plugins.convex.emulator.state;

import java.util.Locale;
import java.util.function.Predicate;

/** Project slugs: the name lowercased, runs of other characters turned into one dash, made unique. */
final class Slugs {

    private Slugs() {
    }

    static String unique(String name, Predicate<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "project";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
