package io.jenkins.plugins.convex.cli;

import io.jenkins.plugins.convex.client.ApiDialect;
import java.util.Locale;

/** {@code --api-dialect auto|spec|platform}. */
public final class ApiDialects {

    public static final String ALLOWED = "auto, spec or platform";

    private ApiDialects() {
    }

    /** The option's value as a dialect (AUTO when absent), or exit 2 naming the option. */
    public static ApiDialect parse(String text) {
        ApiDialect d = parseQuietly(text);
        if (d == null) {
            throw new CliInputException("--api-dialect", text, ALLOWED);
        }
        return d;
    }

    /** Null for an unknown value, AUTO when absent. */
    static ApiDialect parseQuietly(String text) {
        if (text == null) {
            return ApiDialect.AUTO;
        }
        try {
            return ApiDialect.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
