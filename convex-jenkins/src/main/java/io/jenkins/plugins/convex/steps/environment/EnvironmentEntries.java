package io.jenkins.plugins.convex.steps.environment;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.EnvironmentVariableName;
import io.jenkins.plugins.convex.preview.env.PreviewVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Turns the {@code environment:} entries into the lifecycle's {@link PreviewVariables} at run time:
 * every entry checked before any request (a valid name, given once, with exactly one of a value or a
 * credentials id), then the credentials read as the build may see them and tracked on it. The secret
 * values are returned for masking and live only in memory.
 */
public final class EnvironmentEntries {

    /** The step parameter, as errors name it. */
    public static final String FIELD = "environment";

    private EnvironmentEntries() {
    }

    /**
     * The variables, and the values that came from credentials (to mask).
     *
     * @param secretValues values read from credentials: mask them, never store them
     */
    public record Resolved(PreviewVariables variables, List<String> secretValues) {

        public static final Resolved NONE = new Resolved(PreviewVariables.none(), List.of());

        @Override
        public String toString() {
            return "Resolved" + variables.names();
        }
    }

    /** Checks the entries without reading any credential: names and the value-or-credentials rule. */
    public static void check(@CheckForNull List<PreviewVariable> entries) {
        if (entries == null) {
            return;
        }
        List<String> seen = new ArrayList<>();
        for (PreviewVariable entry : entries) {
            if (entry == null) {
                throw new InvalidInputException(FIELD, null, "entries such as [name: 'FEATURE_X', value: 'on'] or [name: 'STRIPE_KEY', credentialsId: 'stripe-test']");
            }
            String name = EnvironmentVariableName.require(FIELD, entry.getName());
            if (seen.contains(name)) {
                throw new InvalidInputException(FIELD, name, "each name once");
            }
            seen.add(name);
            if ((entry.getValue() == null) == (entry.getCredentialsId() == null)) {
                throw new InvalidInputException(FIELD, name, "exactly one of value or credentialsId for each variable");
            }
        }
    }

    /** {@link #check}, then the values: credentials looked up with the build's authentication and tracked. */
    public static @NonNull Resolved resolve(@NonNull Run<?, ?> run, @CheckForNull List<PreviewVariable> entries) throws AbortException {
        check(entries);
        if (entries == null || entries.isEmpty()) {
            return Resolved.NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>();
        for (PreviewVariable entry : entries) {
            String credentialsId = entry.getCredentialsId();
            if (credentialsId == null) {
                values.put(entry.getName(), entry.getValue());
            } else {
                String secret = secretOf(run, entry.getName(), credentialsId);
                values.put(entry.getName(), secret);
                if (!secret.isEmpty()) {
                    secrets.add(secret);
                }
            }
        }
        return new Resolved(PreviewVariables.of(FIELD, values), List.copyOf(secrets));
    }

    private static String secretOf(Run<?, ?> run, String name, @NonNull String id) throws AbortException {
        StringCredentials found = CredentialsProvider.findCredentialById(id, StringCredentials.class, run);
        if (found == null) {
            IdCredentials other = CredentialsProvider.findCredentialById(id, IdCredentials.class, run);
            throw new AbortException("[convex] environment: variable " + name + ": credentials '" + id + "' "
                    + (other == null ? "were not found, or this job may not use them"
                    : "are of type " + other.getClass().getSimpleName() + "; a Secret text credential is required"));
        }
        CredentialsProvider.track(run, found);
        return found.getSecret().getPlainText();
    }
}
