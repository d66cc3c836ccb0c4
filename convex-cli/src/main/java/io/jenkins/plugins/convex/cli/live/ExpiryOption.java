package io.jenkins.plugins.convex.cli.live;

import io.jenkins.plugins.convex.cli.CliInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --expires-at}: an ISO-8601 instant ({@code 2026-12-24T18:00:00Z}) or a time from now ({@code +12h}, {@code +5d}). */
public final class ExpiryOption {

    public static final String ALLOWED = "an ISO-8601 instant such as 2026-12-24T18:00:00Z, or +<n>h or +<n>d from now, in the future";

    private static final Pattern RELATIVE = Pattern.compile("\\+(\\d{1,5})([hd])");

    private ExpiryOption() {
    }

    /** Null for null; otherwise the instant, which must lie after {@code now}. */
    public static Instant parse(String option, String text, Instant now) {
        if (text == null) {
            return null;
        }
        Instant when = read(text.trim(), now);
        if (when == null || !when.isAfter(now)) {
            throw new CliInputException(option, text, ALLOWED);
        }
        return when;
    }

    private static Instant read(String text, Instant now) {
        Matcher m = RELATIVE.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return now.plus(m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n));
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
