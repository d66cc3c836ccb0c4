package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The live service's rules for a deployment {@code reference} (an identifier unique in its project):
 * 3-100 characters of {@code [a-z0-9/-]}, not shaped like a deployment name ({@code happy-otter-123}),
 * not starting with {@code local-}, and not a reserved word.
 */
public final class DeploymentReference {

    /** Words the live service keeps for itself. */
    public static final Set<String> RESERVED = Set.of(
            "prod", "dev", "cloud", "local", "default", "name", "new", "existing", "deployment", "preview");

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9/-]{3,100}");
    private static final Pattern DEPLOYMENT_NAME_FORM = Pattern.compile("[a-z]+-[a-z]+-[0-9]+");

    private DeploymentReference() {
    }

    /** Fails, naming {@code field}, unless {@code value} is an acceptable reference. */
    public static String require(String field, String value) {
        String why = problem(value);
        if (why != null) {
            throw new InvalidInputException(field, value, why);
        }
        return value;
    }

    private static String problem(String value) {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            return "3 to 100 characters of lowercase letters, digits, '-' and '/', e.g. preview/feature-login";
        }
        if (DEPLOYMENT_NAME_FORM.matcher(value).matches()) {
            return "a reference not shaped like a deployment name (word-word-123)";
        }
        if (value.startsWith("local-")) {
            return "a reference not starting with 'local-'";
        }
        if (RESERVED.contains(value)) {
            return "a reference that is not a reserved word (" + String.join(", ", RESERVED.stream().sorted().toList()) + ")";
        }
        return null;
    }
}
