package io.jenkins.plugins.convex.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Project;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.connection.ConvexClientFactory;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins &gt; System &gt; Convex. Only administrators set these; the API base URL in
 * particular is never a step parameter, so no job can send a team token to another host.
 */
@Extension
@Symbol("convex")
public class ConvexGlobalConfiguration extends GlobalConfiguration {

    static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    static final int DEFAULT_READ_TIMEOUT_SECONDS = 60;
    /** Keys returned by {@code convexDeployKey} and {@code convexCreatePreview} expire after a day where the dialect allows it. */
    static final int DEFAULT_DEPLOY_KEY_LIFETIME_HOURS = 24;
    private static final int LISTED_PROJECTS = 10;
    static final int MAX_DEPLOY_KEY_LIFETIME_HOURS = 24 * 365;
    static final int DEFAULT_ACCESS_TOKEN_LIFETIME_MINUTES = 60;
    /** The live service refuses an access token expiring sooner than 30 minutes after its creation. */
    static final int MIN_ACCESS_TOKEN_LIFETIME_MINUTES = 30;
    static final int MAX_ACCESS_TOKEN_LIFETIME_MINUTES = 60 * 24 * 7;
    static final int MAX_PREVIEW_EXPIRY_DAYS = 365;

    private String apiUrl = ApiUrlPolicy.DEFAULT_API_URL;
    private String credentialsId;
    private String teamId;
    private String region;
    private String deploymentClass;
    private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
    private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT_SECONDS;
    /** Off by default: any Jenkinsfile, a fork's pull request included, can call steps. */
    private boolean teamLevelOperationsFromPipelines;
    /** Delete a branch's previews once the branch is gone even if the orphaned-item strategy keeps its job. */
    private boolean deleteWhenBranchGone;
    /** Off: steps that would return a secret (a deploy key, an access token) as a plain value refuse. */
    private boolean secretsAsValues;
    /** auto, spec or platform (see {@link ApiDialect}); null is auto. */
    private String apiDialect;
    /** Days a preview lives after its last create-or-reuse on the platform dialect; null: the server's default. */
    private String previewExpiryDays;
    /** Hours a returned deploy key lives on the platform dialect; 0 (never set) is the default. */
    private int deployKeyLifetimeHours;
    private int accessTokenLifetimeMinutes;
    private transient volatile boolean binding;

    public ConvexGlobalConfiguration() {
        load();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return "Convex";
    }

    /**
     * The form: bound in full before anything is saved, so a bad value leaves the saved configuration as
     * it was and comes back as a form error naming the field (not a 500 after a partial save).
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        Map<Field, Object> before = settings();
        binding = true;
        try {
            req.bindJSON(this, json);
        } catch (RuntimeException e) {
            before.forEach(this::restore); // nothing of the refused form stays, in memory or on disk
            String message = rootMessage(e);
            throw new FormException(message, fieldOf(message));
        } finally {
            binding = false;
        }
        save();
        return true;
    }

    /** While the form binds, the setters' saves wait for the whole form. */
    @Override
    public synchronized void save() {
        if (!binding) {
            super.save();
        }
    }

    /** The saved settings (every instance field but the transient ones), to put back after a refused form. */
    private Map<Field, Object> settings() {
        Map<Field, Object> out = new HashMap<>();
        for (Field f : ConvexGlobalConfiguration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                try {
                    out.put(f, f.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private void restore(Field f, Object value) {
        try {
            f.set(this, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The setters' messages start with the field: {@code apiUrl: 'ftp://x' is not allowed; ...}. */
    private static String fieldOf(String message) {
        int colon = message.indexOf(':');
        String field = colon > 0 ? message.substring(0, colon) : "";
        return field.matches("[a-zA-Z]+") ? field : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public static @NonNull ConvexGlobalConfiguration get() {
        return GlobalConfiguration.all().getInstance(ConvexGlobalConfiguration.class);
    }

    public @NonNull String getApiUrl() {
        return apiUrl == null ? ApiUrlPolicy.DEFAULT_API_URL : apiUrl;
    }

    /** Refuses a URL that would send the token in clear text to another host. */
    @DataBoundSetter
    public void setApiUrl(String apiUrl) {
        this.apiUrl = ApiUrlPolicy.requireAllowed(Util.fixEmptyAndTrim(apiUrl) == null ? ApiUrlPolicy.DEFAULT_API_URL : apiUrl);
        save();
    }

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    public @CheckForNull String getTeamId() {
        return teamId;
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        String trimmed = Util.fixEmptyAndTrim(teamId);
        if (trimmed != null) {
            io.jenkins.plugins.convex.client.model.Validation.parseId("team_id", trimmed);
        }
        this.teamId = trimmed;
        save();
    }

    public @CheckForNull String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        String trimmed = Util.fixEmptyAndTrim(region);
        if (trimmed != null) {
            Region.of(trimmed);
        }
        this.region = trimmed;
        save();
    }

    public @CheckForNull String getDeploymentClass() {
        return deploymentClass;
    }

    @DataBoundSetter
    public void setDeploymentClass(String deploymentClass) {
        String trimmed = Util.fixEmptyAndTrim(deploymentClass);
        if (trimmed != null) {
            DeploymentClass.of(trimmed);
        }
        this.deploymentClass = trimmed;
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds > 0 ? connectTimeoutSeconds : DEFAULT_CONNECT_TIMEOUT_SECONDS;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = requireTimeout("connectTimeoutSeconds", connectTimeoutSeconds);
        save();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds > 0 ? readTimeoutSeconds : DEFAULT_READ_TIMEOUT_SECONDS;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = requireTimeout("readTimeoutSeconds", readTimeoutSeconds);
        save();
    }

    /** Whether {@code convexDeleteProject} and the access-token steps may run (administrators decide). */
    public boolean isTeamLevelOperationsFromPipelines() {
        return teamLevelOperationsFromPipelines;
    }

    @DataBoundSetter
    public void setTeamLevelOperationsFromPipelines(boolean teamLevelOperationsFromPipelines) {
        this.teamLevelOperationsFromPipelines = teamLevelOperationsFromPipelines;
        save();
    }

    /**
     * Whether {@code convexDeployKey}, {@code convexCreatePreview(deployKey: true)} and
     * {@code convexCreateAccessToken} may return their secret as a plain value (unmasked, in the
     * Pipeline's saved state while the script holds it); off by default, the block steps are the way.
     */
    public boolean isSecretsAsValues() {
        return secretsAsValues;
    }

    @DataBoundSetter
    public void setSecretsAsValues(boolean secretsAsValues) {
        this.secretsAsValues = secretsAsValues;
        save();
    }

    public boolean isDeleteWhenBranchGone() {
        return deleteWhenBranchGone;
    }

    @DataBoundSetter
    public void setDeleteWhenBranchGone(boolean deleteWhenBranchGone) {
        this.deleteWhenBranchGone = deleteWhenBranchGone;
        save();
    }

    /** {@code auto} (the default), {@code spec} or {@code platform}: the wire the API URL speaks. */
    public @NonNull String getApiDialect() {
        return apiDialect == null ? "auto" : apiDialect;
    }

    @DataBoundSetter
    public void setApiDialect(String apiDialect) {
        this.apiDialect = DialectSettings.parse(apiDialect).name().toLowerCase(Locale.ROOT);
        save();
    }

    /** The configured dialect for the client builder ({@link ApiDialect#AUTO} resolves by host). */
    public @NonNull ApiDialect getApiDialectValue() {
        return DialectSettings.parse(apiDialect);
    }

    public @CheckForNull String getPreviewExpiryDays() {
        return previewExpiryDays;
    }

    /** Empty: the server's default (5 days, 14 on paid plans). Applies on the platform dialect only. */
    @DataBoundSetter
    public void setPreviewExpiryDays(String previewExpiryDays) {
        String trimmed = Util.fixEmptyAndTrim(previewExpiryDays);
        if (trimmed != null) {
            DialectSettings.days("previewExpiryDays", trimmed, MAX_PREVIEW_EXPIRY_DAYS);
        }
        this.previewExpiryDays = trimmed;
        save();
    }

    /** The preview expiry, or null for the server's default. */
    public @CheckForNull Duration getPreviewExpiry() {
        return previewExpiryDays == null ? null : Duration.ofDays(DialectSettings.days("previewExpiryDays", previewExpiryDays, MAX_PREVIEW_EXPIRY_DAYS));
    }

    public int getDeployKeyLifetimeHours() {
        return deployKeyLifetimeHours > 0 ? deployKeyLifetimeHours : DEFAULT_DEPLOY_KEY_LIFETIME_HOURS;
    }

    @DataBoundSetter
    public void setDeployKeyLifetimeHours(int deployKeyLifetimeHours) {
        if (deployKeyLifetimeHours < 1 || deployKeyLifetimeHours > MAX_DEPLOY_KEY_LIFETIME_HOURS) {
            throw new IllegalArgumentException("deployKeyLifetimeHours: '" + deployKeyLifetimeHours
                    + "' is not allowed; allowed: 1 to " + MAX_DEPLOY_KEY_LIFETIME_HOURS + " hours");
        }
        this.deployKeyLifetimeHours = deployKeyLifetimeHours;
        save();
    }

    /** How long a deploy key handed to the script lives, where the dialect can give keys an expiry. */
    public @NonNull Duration getDeployKeyLifetime() {
        return Duration.ofHours(getDeployKeyLifetimeHours());
    }

    /** {@code : demo (4294967297), shop (4294967298)}, the first {@value #LISTED_PROJECTS} of them: what the user checks against the dashboard. */
    private static String projectList(List<Project> projects) {
        if (projects.isEmpty()) {
            return "";
        }
        String listed = String.join(", ", projects.stream().limit(LISTED_PROJECTS).map(p -> p.slug() + " (" + p.id() + ")").toList());
        return ": " + listed + (projects.size() > LISTED_PROJECTS ? ", ..." : "");
    }

    public int getAccessTokenLifetimeMinutes() {
        return accessTokenLifetimeMinutes > 0 ? accessTokenLifetimeMinutes : DEFAULT_ACCESS_TOKEN_LIFETIME_MINUTES;
    }

    @DataBoundSetter
    public void setAccessTokenLifetimeMinutes(int accessTokenLifetimeMinutes) {
        if (accessTokenLifetimeMinutes < MIN_ACCESS_TOKEN_LIFETIME_MINUTES || accessTokenLifetimeMinutes > MAX_ACCESS_TOKEN_LIFETIME_MINUTES) {
            throw new IllegalArgumentException("accessTokenLifetimeMinutes: '" + accessTokenLifetimeMinutes + "' is not allowed; allowed: "
                    + MIN_ACCESS_TOKEN_LIFETIME_MINUTES + " to " + MAX_ACCESS_TOKEN_LIFETIME_MINUTES + " minutes");
        }
        this.accessTokenLifetimeMinutes = accessTokenLifetimeMinutes;
        save();
    }

    /** How long an access token made for a block lives at most (a backstop: the block deletes it when it ends), where the dialect has expiries. */
    public @NonNull Duration getAccessTokenLifetime() {
        return Duration.ofMinutes(getAccessTokenLifetimeMinutes());
    }

    private static int requireTimeout(String field, int seconds) {
        if (seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException(field + ": '" + seconds + "' is not allowed; allowed: 1 to 600 seconds");
        }
        return seconds;
    }

    /** The default team id as a number, or null when none is configured. */
    public @CheckForNull Long getTeamIdValue() {
        return teamId == null ? null : Long.valueOf(teamId);
    }

    // ---- form methods (administrators only: this is global configuration) ----

    @POST
    public FormValidation doCheckApiUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String problem = ApiUrlPolicy.problemWith(value);
        return problem == null ? FormValidation.ok() : FormValidation.error("The API URL " + problem);
    }

    @POST
    public FormValidation doCheckTeamId(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.optionalId(value);
    }

    @POST
    public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.timeout(value);
    }

    @POST
    public FormValidation doCheckReadTimeoutSeconds(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.timeout(value);
    }

    @POST
    public FormValidation doCheckPreviewExpiryDays(@QueryParameter String value, @QueryParameter String apiDialect) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return DialectSettings.checkPreviewExpiryDays(value, apiDialect, MAX_PREVIEW_EXPIRY_DAYS);
    }

    @POST
    public FormValidation doCheckDeployKeyLifetimeHours(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return DialectSettings.checkHours(value, MAX_DEPLOY_KEY_LIFETIME_HOURS);
    }

    @POST
    public FormValidation doCheckAccessTokenLifetimeMinutes(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return DialectSettings.checkMinutes(value, MIN_ACCESS_TOKEN_LIFETIME_MINUTES, MAX_ACCESS_TOKEN_LIFETIME_MINUTES);
    }

    public ListBoxModel doFillApiDialectItems() {
        return DialectSettings.items();
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return CredentialsListing.teamTokens(item, credentialsId, getApiUrl());
    }

    public ListBoxModel doFillRegionItems() {
        return FieldChecks.regionItems();
    }

    public ListBoxModel doFillDeploymentClassItems() {
        return FieldChecks.deploymentClassItems();
    }

    /**
     * "Test connection": lists the team's projects with the values in the form (not yet saved).
     * An outbound call with a stored secret, so POST and administrators only.
     */
    @POST
    public FormValidation doTestConnection(@QueryParameter String apiUrl, @QueryParameter String credentialsId,
                                           @QueryParameter String teamId, @QueryParameter String apiDialect) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String urlProblem = ApiUrlPolicy.problemWith(apiUrl);
        if (urlProblem != null) {
            return FormValidation.error("The API URL " + urlProblem);
        }
        if (Util.fixEmptyAndTrim(teamId) == null) {
            return FormValidation.error("Enter the default team id to test the connection (listProjects needs one)");
        }
        FormValidation idProblem = FieldChecks.optionalId(teamId);
        if (idProblem.kind != FormValidation.Kind.OK) {
            return idProblem;
        }
        try {
            ConvexClient client = ConvexClientFactory.get().create(ApiUrlPolicy.requireAllowed(apiUrl),
                    ConvexCredentials.lookupGlobal(credentialsId).getSecret(), this, DialectSettings.parse(apiDialect));
            List<Project> projects = client.listProjects(Long.parseLong(teamId.trim()));
            return FormValidation.ok("Connected (" + client.dialect().name().toLowerCase(Locale.ROOT) + " API dialect): team "
                    + teamId.trim() + " has " + projects.size() + " project(s)" + projectList(projects));
        } catch (ConvexApiException e) {
            return FormValidation.error("Connection failed: " + e.getMessage());
        } catch (hudson.AbortException | IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
