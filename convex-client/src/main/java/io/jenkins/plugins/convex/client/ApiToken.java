package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.client.error.InvalidInputException;

/**
 * A Management API token (team access token or OAuth token). The secret is only handed to the
 * transport; {@link #toString()} is always {@code "****"} so that it cannot leak through logs.
 */
public final class ApiToken {

    private final String secret;

    private ApiToken(String secret) {
        this.secret = secret;
    }

    /** Wraps a secret; refuses a missing or blank one (field {@code token}) without echoing it. */
    public static ApiToken of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("token", null, "a non-empty API token");
        }
        return new ApiToken(secret.strip());
    }

    /** The secret itself, for the {@code Authorization} header only. */
    public String secret() {
        return secret;
    }

    /** Replaces every occurrence of the secret in {@code text} by {@code ****}. */
    public String redact(String text) {
        return text == null ? null : text.replace(secret, "****");
    }

    @Override
    public String toString() {
        return "****";
    }
}
