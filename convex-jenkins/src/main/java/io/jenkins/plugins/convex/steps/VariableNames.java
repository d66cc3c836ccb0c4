package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.regex.Pattern;

/** The {@code variable} parameter of the block steps that bind a secret: an environment variable name. */
public final class VariableNames {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private VariableNames() {
    }

    /** @param example the step's default, shown in the message */
    public static void require(String variable, String example) {
        if (variable == null || !VARIABLE_NAME.matcher(variable).matches()) {
            throw new InvalidInputException("variable", variable, "an environment variable name such as " + example);
        }
    }

    /** The form check: silent for users who may not configure the job, and for an empty field (the default). */
    public static FormValidation check(@CheckForNull Item item, @CheckForNull String value) {
        if (!FormChecks.mayConfigure(item) || value == null || value.isBlank() || VARIABLE_NAME.matcher(value.trim()).matches()) {
            return FormValidation.ok();
        }
        return FormValidation.error("Not an environment variable name");
    }
}
