package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;

/**
 * What a step needs to talk to Convex in a build: the credentials id it used (the step's, else the
 * global default) and a client authenticated with that token against the administrator's URL.
 */
public final class ConvexSession {

    private final String credentialsId;
    private final ConvexClient client;

    private ConvexSession(String credentialsId, ConvexClient client) {
        this.credentialsId = credentialsId;
        this.client = client;
    }

    public static @NonNull ConvexSession forRun(@NonNull Run<?, ?> run, @CheckForNull String credentialsId) throws AbortException {
        String id = effectiveCredentialsId(credentialsId);
        return new ConvexSession(id, ConvexClientFactory.get().create(ConvexCredentials.forRun(id, run).getSecret()));
    }

    /** The step's credentials id, else the global default (may be null: the lookup then explains). */
    public static @CheckForNull String effectiveCredentialsId(@CheckForNull String credentialsId) {
        String id = Util.fixEmptyAndTrim(credentialsId);
        return id != null ? id : ConvexGlobalConfiguration.get().getCredentialsId();
    }

    public String credentialsId() {
        return credentialsId;
    }

    public ConvexClient client() {
        return client;
    }
}
