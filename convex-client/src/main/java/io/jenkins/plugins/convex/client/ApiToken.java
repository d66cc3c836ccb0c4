package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A Management API token (team access token or OAuth token). The secret is only handed to the
 * transport; {@link #toString()} is always {@code "****"} so that it cannot leak through logs.
 */
public final class ApiToken {

    private final String secret;
    /** The secret as a whole word: a short token must not garble the words around it ("ConnectE****ception"). */
    private final Pattern whole;

    private ApiToken(String secret) {
        this.secret = secret;
        this.whole = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(secret) + "(?![A-Za-z0-9])");
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

    /** Replaces every whole-token occurrence of the secret in {@code text} (not inside a longer word) by {@code ****}. */
    public String redact(String text) {
        return text == null ? null : whole.matcher(text).replaceAll("****");
    }

    /** True when {@code text} holds the secret as a whole token. */
    public boolean appearsIn(String text) {
        return text != null && whole.matcher(text).find();
    }

    @Override
    public String toString() {
        return "****";
    }
}
