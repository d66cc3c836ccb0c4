package io.jenkins.plugins.convex.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** A job's credentials dropdown offers what its builds may use: it looks as the builds' authentication, not the system. */
@WithJenkins
class CredentialsListingTest {

    static List<String> ids(ListBoxModel model) {
        return model.stream().map(o -> o.value).toList();
    }

    @Test
    void theDropdownListsTheCredentialsOfTheAuthenticationBuildsRunAs(JenkinsRule r) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL,
                "convex-token", "team token", Secret.fromString("not-a-real-token")));
        FreeStyleProject asSystem = r.createFreeStyleProject("as-system");
        FreeStyleProject asUser = r.createFreeStyleProject("as-user");
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ, Item.BUILD).everywhere().to("dev"));
        QueueItemAuthenticatorConfiguration.get().getAuthenticators()
                .add(new MockQueueItemAuthenticator().authenticate("as-user", User.getById("dev", true).impersonate2()));
        String apiUrl = ConvexGlobalConfiguration.get().getApiUrl();

        assertTrue(ids(CredentialsListing.teamTokens(asSystem, null, apiUrl)).contains("convex-token"),
                "builds running as the system may use the global credentials");
        assertFalse(ids(CredentialsListing.teamTokens(asUser, null, apiUrl)).contains("convex-token"),
                "builds running as dev, who may not use them, are not offered them");
    }
}
