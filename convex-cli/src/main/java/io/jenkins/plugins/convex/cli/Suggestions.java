package io.jenkins.plugins.convex.cli;

import java.util.Collection;
import java.util.Locale;

/** The nearest known name to a mistyped one, by edit distance, if it is near enough to be a typo. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * Null when nothing is near enough: at most half the typed name's length (at least 2) edits
     * away, leading dashes aside; a typo in the start of a longer name ({@code --teem} for
     * {@code --team-id}) counts one edit more than the typo itself.
     */
    static String nearest(String typed, Collection<String> names) {
        String word = bare(typed);
        int limit = Math.max(2, word.length() / 2);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String name : names) {
            int score = score(word, bare(name));
            if (score < bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return bestScore <= limit ? best : null;
    }

    private static int score(String word, String name) {
        int full = distance(word, name);
        if (word.length() < 3 || name.length() <= word.length()) {
            return full;
        }
        return Math.min(full, distance(word, name.substring(0, word.length())) + 1);
    }

    private static String bare(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
