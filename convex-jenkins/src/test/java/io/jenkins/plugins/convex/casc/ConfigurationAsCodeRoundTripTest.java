package io.jenkins.plugins.convex.casc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.casc.misc.junit.jupiter.AbstractRoundTripTest;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The Configuration-as-Code harness's round trip with the fixture: import, validate and apply through
 * the web UI, write to {@code jenkins.yaml}, restart, and find the same configuration.
 */
class ConfigurationAsCodeRoundTripTest extends AbstractRoundTripTest {

    @Override
    protected void assertConfiguredAsExpected(JenkinsRule j, String configContent) {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        assertEquals("https://convex.example.com/v1", config.getApiUrl());
        assertEquals("convex-token", config.getCredentialsId());
        assertEquals("42", config.getTeamId());
        assertEquals(90, config.getReadTimeoutSeconds());
        assertTrue(config.isTeamLevelOperationsFromPipelines());
        assertTrue(config.isDeleteWhenBranchGone());
        assertEquals("platform", config.getApiDialect());
        assertEquals("7", config.getPreviewExpiryDays());
        assertEquals(12, config.getDeployKeyLifetimeHours());
        assertEquals(90, config.getAccessTokenLifetimeMinutes());
    }

    @Override
    protected String stringInLogExpected() {
        return "https://convex.example.com/v1";
    }
}
