package io.jenkins.plugins.convex.preview.sweep;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the sweep's age threshold {@code <n>m|h|d} (minutes, hours, days). */
public final class OlderThan {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

    private OlderThan() {
    }

    /** {@code "30m"}, {@code "12h"}, {@code "7d"}; anything else fails naming {@code older_than}. */
    public static Duration parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("older_than", text, "<n>m, <n>h or <n>d with n a positive integer, e.g. 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** The threshold in the units a user types: {@code 5d}, {@code 12h}, {@code 90m} (the largest that is exact). */
    public static String format(Duration age) {
        if (age.toMinutes() % (24 * 60) == 0) {
            return age.toDays() + "d";
        }
        return age.toMinutes() % 60 == 0 ? age.toHours() + "h" : age.toMinutes() + "m";
    }
}
