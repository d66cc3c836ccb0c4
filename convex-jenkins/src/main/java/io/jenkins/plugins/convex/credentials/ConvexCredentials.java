package io.jenkins.plugins.convex.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.security.ACL;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Finds the team token: a Secret text credential. Every failure names the credentials id and what
 * is wrong (missing, another type, empty), never the secret.
 */
public final class ConvexCredentials {

    private ConvexCredentials() {
    }

    /**
     * Looks the credentials up as the build may see them (its authentication, its folder) and records
     * their use on the build.
     */
    public static @NonNull StringCredentials forRun(@CheckForNull String credentialsId, @NonNull Run<?, ?> run)
            throws AbortException {
        String id = requireId(credentialsId);
        List<DomainRequirement> domain = domainOf(ConvexGlobalConfiguration.get().getApiUrl());
        StringCredentials found = CredentialsProvider.findCredentialById(id, StringCredentials.class, run, domain);
        if (found == null) {
            IdCredentials other = CredentialsProvider.findCredentialById(id, IdCredentials.class, run, domain);
            throw other == null ? notFound(id) : wrongType(id, other);
        }
        CredentialsProvider.track(run, found);
        return requireSecret(id, found);
    }

    /**
     * Looks the credentials up as the system in {@code context} (a folder, or Jenkins itself), as
     * background work without a build does (the Test connection button, cleanup after a job is gone).
     */
    public static @NonNull StringCredentials inContext(@CheckForNull String credentialsId, @NonNull ItemGroup<?> context)
            throws AbortException {
        String id = requireId(credentialsId);
        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(
                StandardCredentials.class, context, ACL.SYSTEM2, domainOf(ConvexGlobalConfiguration.get().getApiUrl()));
        StandardCredentials found = CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(id));
        if (found == null) {
            throw notFound(id);
        }
        if (!(found instanceof StringCredentials string)) {
            throw wrongType(id, found);
        }
        return requireSecret(id, string);
    }

    /** As {@link #inContext} at the root: credentials defined in Manage Jenkins &gt; Credentials. */
    public static @NonNull StringCredentials lookupGlobal(@CheckForNull String credentialsId) throws AbortException {
        return inContext(credentialsId, Jenkins.get());
    }

    /**
     * The credentials domain requirement of the API URL: the dropdowns list and the lookups find only
     * credentials whose domain covers the URL the token is sent to.
     */
    public static @NonNull List<DomainRequirement> domainOf(@NonNull String apiUrl) {
        return URIRequirementBuilder.fromUri(apiUrl).build();
    }

    private static String requireId(String credentialsId) throws AbortException {
        String id = Util.fixEmptyAndTrim(credentialsId);
        if (id == null) {
            throw new AbortException("No Convex credentials: set credentialsId on the step, or a default credentials id in "
                    + "Manage Jenkins > System > Convex (a Secret text credential holding a team token)");
        }
        return id;
    }

    private static StringCredentials requireSecret(String id, StringCredentials credentials) throws AbortException {
        if (credentials.getSecret().getPlainText().isEmpty()) {
            throw new AbortException("Convex credentials '" + id + "' hold an empty secret; store the team token in them");
        }
        return credentials;
    }

    private static AbortException notFound(String id) {
        return new AbortException("Convex credentials '" + id + "' were not found, or this job may not use them, or their "
                + "credentials domain does not cover the Convex API URL; add a Secret text credential with this id where the job can see it");
    }

    private static AbortException wrongType(String id, Object credentials) {
        return new AbortException("Convex credentials '" + id + "' are of type " + credentials.getClass().getSimpleName()
                + "; a Secret text credential (the team token) is required");
    }
}
