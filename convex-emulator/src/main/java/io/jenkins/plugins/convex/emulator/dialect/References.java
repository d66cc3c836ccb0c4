package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The live service's rules for a deployment {@code reference} (uniqueness in the project is the
 * state's to check): 3-100 characters of {@code [a-z0-9/-]}, not a deployment name
 * ({@code word-word-123}), not starting with {@code local-}, not a reserved word.
 */
final class References {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9/-]{3,100}");
    private static final Pattern DEPLOYMENT_NAME = Pattern.compile("[a-z]+-[a-z]+-[0-9]+");
    static final Set<String> RESERVED = Set.of("prod", "dev", "cloud", "local", "default", "name", "new", "existing", "deployment", "preview");

    private References() {
    }

    static String require(String field, String reference) {
        if (!ALLOWED.matcher(reference).matches()) {
            throw ApiError.invalidField(field, reference, "3 to 100 characters of lowercase letters, digits, '-' and '/'");
        }
        if (DEPLOYMENT_NAME.matcher(reference).matches()) {
            throw ApiError.invalidField(field, reference, "a reference that does not look like a deployment name (word-word-123)");
        }
        if (reference.startsWith("local-")) {
            throw ApiError.invalidField(field, reference, "a reference not starting with 'local-'");
        }
        if (RESERVED.contains(reference)) {
            throw ApiError.invalidField(field, reference, "a reference other than the reserved words " + String.join(", ", RESERVED.stream().sorted().toList()));
        }
        return reference;
    }
}
