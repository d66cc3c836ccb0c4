package io.jenkins.plugins.convex.steps;

import hudson.AbortException;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.preview.NotAPreviewDeploymentException;
import io.jenkins.plugins.convex.preview.PreviewBusyException;
import io.jenkins.plugins.convex.preview.PreviewNotFoundException;
import io.jenkins.plugins.convex.preview.store.PreviewStoreException;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns the libraries' errors into build failures that name the step parameter (camelCase, as the
 * user wrote it) rather than the contract's snake_case field, without a stack trace for expected
 * problems. Messages never contain secrets: the libraries guarantee it for theirs.
 */
public final class StepErrors {

    private StepErrors() {
    }

    /** The step parameter for a contract field: {@code deployment_class} becomes {@code deploymentClass}. */
    public static String parameterName(String field) {
        if (field == null) {
            return "parameter";
        }
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT).equals("pr") ? "CHANGE_ID" : sb.toString();
    }

    /**
     * For freestyle build steps and wrappers, whose methods throw only I/O and interruption: throws
     * {@link #explain}'s answer for {@code e} (an {@link AbortException} for the expected kinds, which
     * fails the build with the message alone), else {@code e} as it is.
     */
    public static void rethrowForBuild(String step, Exception e) throws IOException, InterruptedException {
        Exception explained = explain(step, e);
        if (explained instanceof IOException io) {
            throw io;
        }
        if (explained instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (explained instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IOException(explained);
    }

    /** An AbortException for {@code e} when it is one of the expected kinds, else {@code e} itself. */
    public static Exception explain(String step, Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return new AbortException("[convex] " + step + ": " + parameterName(invalid.field()) + ": "
                    + (invalid.value() == null ? "missing" : "'" + invalid.value() + "' is not allowed")
                    + "; allowed: " + invalid.allowed());
        }
        if (e instanceof ConvexApiException api) {
            return new AbortException("[convex] " + step + ": " + api.getMessage());
        }
        if (e instanceof NotAPreviewDeploymentException || e instanceof PreviewBusyException
                || e instanceof PreviewNotFoundException || e instanceof PreviewStoreException
                || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return new AbortException("[convex] " + step + ": " + e.getMessage());
        }
        return e;
    }
}
