package io.jenkins.plugins.convex.casc;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.Mapping;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The global configuration under {@code unclassified: convex:} is imported from the YAML fixture and
 * exported with the same values (the export is what "View Configuration" and {@code jenkins.yaml} show).
 */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void importSetsEveryField(JenkinsConfiguredWithCodeRule r) {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        assertEquals("https://convex.example.com/v1", config.getApiUrl());
        assertEquals("convex-token", config.getCredentialsId());
        assertEquals("42", config.getTeamId());
        assertEquals("aws-eu-west-1", config.getRegion());
        assertEquals("s256", config.getDeploymentClass());
        assertEquals(15, config.getConnectTimeoutSeconds());
        assertEquals(90, config.getReadTimeoutSeconds());
        assertTrue(config.isDeleteWhenBranchGone());
        assertTrue(config.isTeamLevelOperationsFromPipelines());
        assertEquals("platform", config.getApiDialect());
        assertEquals("7", config.getPreviewExpiryDays());
        assertEquals(12, config.getDeployKeyLifetimeHours());
        assertEquals(90, config.getAccessTokenLifetimeMinutes());
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yaml")
    void exportGivesBackTheImportedValues(JenkinsConfiguredWithCodeRule r) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        Mapping convex = getUnclassifiedRoot(context).get("convex").asMapping();
        assertEquals("https://convex.example.com/v1", convex.getScalarValue("apiUrl"));
        assertEquals("convex-token", convex.getScalarValue("credentialsId"));
        assertEquals("42", convex.getScalarValue("teamId"));
        assertEquals("aws-eu-west-1", convex.getScalarValue("region"));
        assertEquals("s256", convex.getScalarValue("deploymentClass"));
        assertEquals("15", convex.getScalarValue("connectTimeoutSeconds"));
        assertEquals("90", convex.getScalarValue("readTimeoutSeconds"));
        assertEquals("true", convex.getScalarValue("deleteWhenBranchGone"));
        assertEquals("true", convex.getScalarValue("teamLevelOperationsFromPipelines"));
        assertEquals("true", convex.getScalarValue("secretsAsValues"));
        assertEquals("platform", convex.getScalarValue("apiDialect"));
        assertEquals("7", convex.getScalarValue("previewExpiryDays"));
        assertEquals("12", convex.getScalarValue("deployKeyLifetimeHours"));
        assertEquals("90", convex.getScalarValue("accessTokenLifetimeMinutes"));
    }

    @Test
    void teamLevelOperationsAreOffByDefault(JenkinsConfiguredWithCodeRule r) {
        assertFalse(ConvexGlobalConfiguration.get().isTeamLevelOperationsFromPipelines());
        assertFalse(ConvexGlobalConfiguration.get().isDeleteWhenBranchGone());
        assertFalse(ConvexGlobalConfiguration.get().isSecretsAsValues());
    }
}
