package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.regex.Pattern;

/** The Convex rule for environment variable names: a letter, then letters, digits and '_', at most 40 characters. */
public final class EnvironmentVariableName {

    public static final String ALLOWED = "a name of at most 40 characters: a letter, then letters, digits or '_' (e.g. STRIPE_KEY)";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private EnvironmentVariableName() {
    }

    /** Returns {@code name} when it is a valid variable name; otherwise refuses naming {@code field}. */
    public static String require(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException(field, name, ALLOWED);
        }
        return name;
    }
}
