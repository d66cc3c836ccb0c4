package io.jenkins.plugins.convex.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.AccessDeniedException3;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.ConvexTestSupport;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import java.time.Duration;
import jenkins.model.Jenkins;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlFormUtil;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Manage Jenkins > System > Convex: round-trip, URL rule, Test connection, permissions. */
@WithJenkins
class ConvexGlobalConfigurationTest {

    @Test
    void theFormRoundTripsEveryField(JenkinsRule r) throws Exception {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        config.setApiUrl("https://convex.example.com/v1");
        config.setCredentialsId("convex-token");
        config.setTeamId("4294967297");
        config.setRegion("aws-eu-west-1");
        config.setDeploymentClass("s256");
        config.setConnectTimeoutSeconds(7);
        config.setReadTimeoutSeconds(90);
        config.setApiDialect("platform");
        config.setPreviewExpiryDays("7");
        config.setDeployKeyLifetimeHours(12);
        config.setSecretsAsValues(true);

        r.configRoundtrip();

        ConvexGlobalConfiguration after = ConvexGlobalConfiguration.get();
        assertEquals("https://convex.example.com/v1", after.getApiUrl());
        assertEquals("convex-token", after.getCredentialsId());
        assertEquals("4294967297", after.getTeamId());
        assertEquals(4294967297L, after.getTeamIdValue());
        assertEquals("aws-eu-west-1", after.getRegion());
        assertEquals("s256", after.getDeploymentClass());
        assertEquals(7, after.getConnectTimeoutSeconds());
        assertEquals(90, after.getReadTimeoutSeconds());
        assertEquals("platform", after.getApiDialect());
        assertEquals(ApiDialect.PLATFORM, after.getApiDialectValue());
        assertEquals("7", after.getPreviewExpiryDays());
        assertEquals(Duration.ofDays(7), after.getPreviewExpiry());
        assertEquals(12, after.getDeployKeyLifetimeHours());
        assertTrue(after.isSecretsAsValues());
    }

    @Test
    void theDialectSettingsDefaultToAutoTheServersExpiryAndADayForReturnedKeys(JenkinsRule r) {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        assertEquals("auto", config.getApiDialect());
        assertEquals(ApiDialect.AUTO, config.getApiDialectValue());
        assertNull(config.getPreviewExpiry());
        assertEquals(Duration.ofHours(24), config.getDeployKeyLifetime());
    }

    @Test
    void badDialectSettingsAreRefusedNamingTheFieldAndWhatIsAllowed(JenkinsRule r) {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        IllegalArgumentException dialect = assertThrows(IllegalArgumentException.class, () -> config.setApiDialect("live"));
        assertEquals("apiDialect: 'live' is not allowed; allowed: auto, spec, platform", dialect.getMessage());
        IllegalArgumentException days = assertThrows(IllegalArgumentException.class, () -> config.setPreviewExpiryDays("0"));
        assertTrue(days.getMessage().startsWith("previewExpiryDays: '0' is not allowed; allowed:"), days.getMessage());
        IllegalArgumentException hours = assertThrows(IllegalArgumentException.class, () -> config.setDeployKeyLifetimeHours(0));
        assertTrue(hours.getMessage().startsWith("deployKeyLifetimeHours: '0' is not allowed; allowed:"), hours.getMessage());
        assertEquals(FormValidation.Kind.WARNING, config.doCheckPreviewExpiryDays("3", "spec").kind,
                "the spec dialect has no expiries: the form says the setting does not apply there");
    }

    @Test
    void aBadValueInTheFormIsAFormErrorNamingTheFieldAndNothingOfTheFormIsSaved(JenkinsRule r) throws Exception {
        ConvexGlobalConfiguration.get().setApiUrl("https://convex.example.com/v1");
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        HtmlForm form = wc.goTo("configure").getFormByName("config");
        form.getInputByName("_.apiUrl").setValue("https://other.example.com/v1");
        form.getInputByName("_.deployKeyLifetimeHours").setValue("0");

        HtmlPage result = (HtmlPage) HtmlFormUtil.submit(form, HtmlFormUtil.getSubmitButton(form));

        int status = result.getWebResponse().getStatusCode();
        assertTrue(status >= 400 && status < 500, "a form error, not " + status);
        assertTrue(result.asNormalizedText().contains("deployKeyLifetimeHours: '0' is not allowed"), result.asNormalizedText());
        assertEquals("https://convex.example.com/v1", ConvexGlobalConfiguration.get().getApiUrl(), "nothing of the form in memory");
        assertEquals("https://convex.example.com/v1", new ConvexGlobalConfiguration().getApiUrl(), "nothing of the form on disk");
        assertEquals(ConvexGlobalConfiguration.DEFAULT_DEPLOY_KEY_LIFETIME_HOURS, ConvexGlobalConfiguration.get().getDeployKeyLifetimeHours());
    }

    @Test
    void theSettingsSurviveReloadingFromDisk(JenkinsRule r) {
        ConvexGlobalConfiguration.get().setApiUrl("http://127.0.0.1:8080/v1");
        assertEquals("http://127.0.0.1:8080/v1", new ConvexGlobalConfiguration().getApiUrl());
    }

    @Test
    void plainHttpIsRefusedForHostsThatAreNotLoopback(JenkinsRule r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConvexGlobalConfiguration.get().setApiUrl("http://convex.example.com/v1"));
        assertTrue(e.getMessage().startsWith("apiUrl: 'http://convex.example.com/v1'"), e.getMessage());
        assertEquals(FormValidation.Kind.ERROR, ConvexGlobalConfiguration.get().doCheckApiUrl("http://convex.example.com/v1").kind);
        assertEquals(FormValidation.Kind.OK, ConvexGlobalConfiguration.get().doCheckApiUrl("http://localhost:3210/v1").kind);
    }

    @Test
    void testConnectionListsTheTeamsProjects(JenkinsRule r) throws Exception {
        try (ConvexEmulator emulator = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(emulator);
            FormValidation result = ConvexGlobalConfiguration.get().doTestConnection(emulator.baseUrl(),
                    ConvexTestSupport.CREDENTIALS_ID, Long.toString(emulator.defaultTeamId()), "auto");
            assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
            assertTrue(result.renderHtml().contains("1 project(s)"), result.renderHtml());
        }
    }

    @Test
    void testConnectionReportsAWrongTokenWithoutShowingIt(JenkinsRule r) throws Exception {
        try (ConvexEmulator emulator = ConvexTestSupport.startEmulator()) {
            ConvexTestSupport.configure(emulator);
            com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getCredentials().add(
                    new org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl(
                            com.cloudbees.plugins.credentials.CredentialsScope.GLOBAL, "wrong", null,
                            hudson.util.Secret.fromString("not-the-token-123")));
            FormValidation result = ConvexGlobalConfiguration.get().doTestConnection(emulator.baseUrl(), "wrong",
                    Long.toString(emulator.defaultTeamId()), "auto");
            assertEquals(FormValidation.Kind.ERROR, result.kind);
            assertTrue(result.renderHtml().contains("401"), result.renderHtml());
            assertTrue(!result.renderHtml().contains("not-the-token-123"));
        }
    }

    @Test
    void onlyAdministratorsMayTestTheConnectionOrListCredentials(JenkinsRule r) throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("dev"));
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        config.setCredentialsId("convex-token");
        try (ACLContext ignored = ACL.as2(User.getById("dev", true).impersonate2())) {
            assertThrows(AccessDeniedException3.class, () -> config.doTestConnection("https://api.convex.dev/v1", "convex-token", "1", "auto"));
            assertThrows(AccessDeniedException3.class, () -> config.doCheckApiUrl("https://api.convex.dev/v1"));
            ListBoxModel items = config.doFillCredentialsIdItems(null, "convex-token");
            assertEquals(1, items.size(), "only the current value is shown to non-administrators");
            assertEquals("convex-token", items.get(0).value);
        }
    }
}
