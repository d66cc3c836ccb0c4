package io.jenkins.plugins.convex.emulator;

import java.util.regex.Pattern;

/** A team the emulator starts with: its id, slug and a token that acts for it. */
public record TeamSeed(long id, String slug, String token) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public TeamSeed {
        if (id <= 0) {
            throw new IllegalArgumentException("Team id must be a positive integer, got " + id);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Team slug must be lowercase letters, digits and dashes, got '" + slug + "'");
        }
        if (token == null || token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Team " + id + " needs a non-empty token without spaces");
        }
    }

    /**
     * Parses {@code ID:SLUG:TOKEN} (as in {@code --team 1:demo-team:secret}). The token may itself
     * contain colons; error messages never repeat it.
     */
    public static TeamSeed parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", 3);
        if (parts.length != 3) {
            // Name the form that was given, never the value: a part may well be the token.
            String given = parts.length == 2 ? "ID:SLUG (the token part is missing)" : "one part without ':'";
            throw new IllegalArgumentException("a team must have the form ID:SLUG:TOKEN; given: " + given);
        }
        String shown = parts[0] + ":" + parts[1] + ":****";
        long id;
        try {
            id = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Team '" + shown + "' must look like ID:SLUG:TOKEN: ID '" + parts[0] + "' is not an integer");
        }
        try {
            return new TeamSeed(id, parts[1], parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Team '" + shown + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TeamSeed[id=" + id + ", slug=" + slug + ", token=****]";
    }
}
