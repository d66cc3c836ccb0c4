package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.regex.Pattern;

/** Checks applied to arguments before any request is sent; each failure names the contract's field. */
public final class Validation {

    private static final Pattern DEPLOYMENT_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private Validation() {
    }

    public static void requireNonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, value, "a non-empty text");
        }
    }

    public static void requirePositiveId(String field, long value) {
        if (value <= 0) {
            throw new InvalidInputException(field, Long.toString(value), "a positive integer id");
        }
    }

    /** Parses a user's id text ("12") for {@code field}. */
    public static long parseId(String field, String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            requirePositiveId(field, id);
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, value, "a positive integer id");
        }
    }

    public static void requireDeploymentName(String field, String value) {
        if (value == null || value.length() > 64 || !DEPLOYMENT_NAME.matcher(value).matches()) {
            throw new InvalidInputException(field, value, "a deployment name such as happy-otter-123 (lowercase letters, digits and dashes)");
        }
    }

    public static void requireSlug(String field, String value) {
        if (value == null || value.length() > 100 || !SLUG.matcher(value).matches()) {
            throw new InvalidInputException(field, value, "a slug of letters, digits, '-' and '_'");
        }
    }

    /** A DNS name of at least two labels, lowercase, at most 253 characters. */
    public static void requireDomain(String field, String value) {
        boolean ok = value != null && value.length() <= 253 && value.contains(".");
        if (ok) {
            for (String label : value.split("\\.", -1)) {
                if (!DOMAIN_LABEL.matcher(label).matches()) {
                    ok = false;
                    break;
                }
            }
        }
        if (!ok) {
            throw new InvalidInputException(field, value, "a lowercase DNS name such as api.example.com");
        }
    }
}
