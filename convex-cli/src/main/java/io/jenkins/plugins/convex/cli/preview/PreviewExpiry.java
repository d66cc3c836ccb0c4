package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.cli.CliInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --expires-in} and {@code --key-expires-in}: {@code <n>h} or {@code <n>d}. */
final class PreviewExpiry {

    private static final Pattern FORM = Pattern.compile("\\+?(\\d{1,5})([hd])");

    private PreviewExpiry() {
    }

    static Duration parse(String text) {
        return parse("--expires-in", text);
    }

    static Duration parse(String option, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.trim());
        long n = m.matches() ? Long.parseLong(m.group(1)) : 0;
        if (n <= 0) {
            throw new CliInputException(option, text, "a positive number of hours or days such as 12h or 5d");
        }
        return m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n);
    }
}
