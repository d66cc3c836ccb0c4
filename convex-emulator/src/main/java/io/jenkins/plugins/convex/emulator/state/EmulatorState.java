package io.jenkins.plugins.convex.emulator.state;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * The one model both dialects serve: teams, tokens, projects, deployments, keys and domains.
 * Every read and change is scoped to the caller's team, so another team's things are simply not
 * found. This class is the lock and the persistence: all methods are synchronized (requests arrive
 * on many threads) and each change is saved to the state file, if any, before the method returns.
 * The rules live in one class per concern ({@link TeamsAndTokens}, {@link Projects},
 * {@link Deployments}, {@link DeployKeys}, {@link CustomDomains}, {@link EnvironmentVariables}) over
 * shared {@link StateTables}.
 */
public final class EmulatorState {

    private final StateTables tables;
    private final TeamsAndTokens teams;
    private final Projects projects;
    private final Deployments deployments;
    private final DeployKeys deployKeys;
    private final CustomDomains customDomains;
    private final EnvironmentVariables variables;
    private final StateFile stateFile;

    public EmulatorState(StateFile stateFile) {
        this(stateFile, System::currentTimeMillis, new Random());
    }

    EmulatorState(StateFile stateFile, LongSupplier clock, Random random) {
        this.stateFile = stateFile;
        this.tables = new StateTables(clock);
        this.teams = new TeamsAndTokens(tables);
        this.projects = new Projects(tables, teams);
        this.deployments = new Deployments(tables, teams, projects, new DeploymentNames(random));
        this.deployKeys = new DeployKeys(tables, projects, deployments);
        this.customDomains = new CustomDomains(tables, deployments);
        this.variables = new EnvironmentVariables(tables, projects);
        if (stateFile != null) {
            stateFile.load().ifPresent(tables::restore);
        }
    }

    // ---- teams and tokens -------------------------------------------------------------------

    /** Adds the team if it is new (with an admin and a developer) and makes {@code token} act for it. */
    public synchronized void ensureTeam(long id, String slug, String token) {
        teams.ensureTeam(id, slug, token);
        save();
    }

    public synchronized List<Team> teams() {
        return teams.all();
    }

    /** The first token the team was given, if any. */
    public synchronized Optional<String> tokenOf(long teamId) {
        return teams.firstTokenOf(teamId);
    }

    /** The team a bearer token acts for, or 401. Expired tokens no longer work; expired deployments are removed first. */
    public synchronized long authenticate(String bearer) {
        return validToken(bearer).teamId();
    }

    /** The token's own record (for token_details); 401 like any request with a bad token. */
    public synchronized AccessToken tokenDetails(String bearer) {
        return validToken(bearer);
    }

    /** The caller's own team by id; any other id is 404. */
    public synchronized Team team(long callerTeam, long teamId) {
        return teams.team(callerTeam, teamId);
    }

    /** The caller's own team by id or slug; anything else is 404. */
    public synchronized Team teamByIdOrSlug(long callerTeam, String idOrSlug) {
        return teams.teamByIdOrSlug(callerTeam, idOrSlug);
    }

    public synchronized List<Member> members(long callerTeam, long teamId) {
        return teams.members(callerTeam, teamId);
    }

    public synchronized Created<AccessToken> createAccessToken(long callerTeam, long teamId, String name, Long expiresAt) {
        return saved(teams.createAccessToken(callerTeam, teamId, name, expiresAt));
    }

    public synchronized List<AccessToken> accessTokens(long callerTeam, long teamId) {
        return teams.tokensOf(callerTeam, teamId);
    }

    /** Deletes the team's access tokens with that id, name or value. */
    public synchronized void deleteAccessToken(long callerTeam, long teamId, String idNameOrValue) {
        teams.deleteAccessToken(callerTeam, teamId, idNameOrValue);
        save();
    }

    // ---- projects -----------------------------------------------------------------------------

    /** A new project and, when {@code initial} is given, its first deployment. */
    public synchronized CreatedProject createProject(long callerTeam, long teamId, String name, NewDeployment initial) {
        Project project = projects.create(callerTeam, teamId, name);
        Deployment deployment = initial == null ? null : deployments.add(project, initial);
        return saved(new CreatedProject(project, deployment));
    }

    public synchronized List<Project> projects(long callerTeam, long teamId) {
        return projects.ofTeam(callerTeam, teamId);
    }

    public synchronized Project project(long callerTeam, long projectId) {
        return projects.project(callerTeam, projectId);
    }

    public synchronized Project projectBySlug(long callerTeam, String teamIdOrSlug, String slug) {
        return projects.projectBySlug(callerTeam, teamIdOrSlug, slug);
    }

    /** Deletes the project with all its deployments (and their keys and domains). */
    public synchronized void deleteProject(long callerTeam, long projectId) {
        projects.delete(callerTeam, projectId);
        save();
    }

    // ---- deployments --------------------------------------------------------------------------

    public synchronized Deployment createDeployment(long callerTeam, long projectId, NewDeployment request) {
        return saved(deployments.create(callerTeam, projectId, request));
    }

    public synchronized List<Deployment> deployments(long callerTeam, long projectId) {
        return deployments.ofProject(callerTeam, projectId);
    }

    /** All deployments of the caller's team, oldest first. */
    public synchronized List<Deployment> teamDeployments(long callerTeam, long teamId) {
        return deployments.ofTeam(callerTeam, teamId);
    }

    public synchronized Deployment deployment(long callerTeam, String name) {
        return deployments.deployment(callerTeam, name);
    }

    public synchronized void deleteDeployment(long callerTeam, String name) {
        deployments.delete(callerTeam, name);
        save();
    }

    /**
     * The project's default deployment of the type (prod or dev): the oldest one flagged default,
     * else (the spec's rule) the oldest remaining one without a flag.
     */
    public synchronized Optional<Deployment> defaultDeployment(long callerTeam, long projectId, String type) {
        return deployments.defaultDeployment(callerTeam, projectId, type);
    }

    public synchronized boolean isDefault(Deployment deployment) {
        return deployments.isDefault(deployment);
    }

    public synchronized Optional<Deployment> deploymentByReference(long callerTeam, long projectId, String reference) {
        return deployments.byReference(callerTeam, projectId, reference);
    }

    /** Changes a deployment; null arguments leave their field alone. */
    public synchronized Deployment updateDeployment(long callerTeam, String name, DeploymentUpdate update) {
        return saved(deployments.update(callerTeam, name, update));
    }

    // ---- deploy keys --------------------------------------------------------------------------

    /** A key for one deployment of the project; the deployment must belong to it. */
    public synchronized Created<DeployKey> createDeployKey(long callerTeam, long projectId, String deploymentName, String name,
            Long expiresAt, List<String> allowedActions) {
        return saved(deployKeys.create(callerTeam, projectId, deploymentName, name, expiresAt, allowedActions));
    }

    /** A key for the deployment; its name must be unique on the deployment (the live rule). */
    public synchronized Created<DeployKey> createUniquelyNamedDeployKey(long callerTeam, String deploymentName, String name,
            Long expiresAt, List<String> allowedActions) {
        return saved(deployKeys.createUniquelyNamed(callerTeam, deploymentName, name, expiresAt, allowedActions));
    }

    public synchronized List<DeployKey> deployKeysOfProject(long callerTeam, long projectId) {
        return deployKeys.ofProject(callerTeam, projectId);
    }

    public synchronized List<DeployKey> deployKeysOfDeployment(long callerTeam, String deploymentName) {
        return deployKeys.ofDeployment(callerTeam, deploymentName);
    }

    /** Deletes a deploy key of the deployment named by its id, its name or its secret. */
    public synchronized void deleteDeployKey(long callerTeam, String deploymentName, String idNameOrSecret) {
        deployKeys.delete(callerTeam, deploymentName, idNameOrSecret);
        save();
    }

    /** A project-wide preview deploy key, {@code preview:<team-slug>:<project-slug>|<secret>}; names are unique per project. */
    public synchronized Created<PreviewDeployKey> createPreviewDeployKey(long callerTeam, long projectId, String name, Long expiresAt) {
        return saved(deployKeys.createPreview(callerTeam, projectId, name, expiresAt));
    }

    public synchronized List<PreviewDeployKey> previewDeployKeys(long callerTeam, long projectId) {
        return deployKeys.previewKeysOf(callerTeam, projectId);
    }

    /** Deletes a preview deploy key of the project named by its id, its name or its secret. */
    public synchronized void deletePreviewDeployKey(long callerTeam, long projectId, String idNameOrSecret) {
        deployKeys.deletePreview(callerTeam, projectId, idNameOrSecret);
        save();
    }

    // ---- custom domains -----------------------------------------------------------------------

    public synchronized CustomDomain createCustomDomain(long callerTeam, String deploymentName, String domain, String destination) {
        return saved(customDomains.create(callerTeam, deploymentName, domain, destination));
    }

    public synchronized List<CustomDomain> customDomains(long callerTeam, String deploymentName) {
        return customDomains.of(callerTeam, deploymentName);
    }

    /** Removes the domain from the deployment; a null destination removes it for both destinations. */
    public synchronized void deleteCustomDomain(long callerTeam, String deploymentName, String domain, String destination) {
        customDomains.delete(callerTeam, deploymentName, domain, destination);
        save();
    }

    // ---- environment variables ----------------------------------------------------------------

    public synchronized List<DefaultVariable> defaultVariables(long callerTeam, long projectId) {
        return variables.defaultsOf(callerTeam, projectId);
    }

    public synchronized void updateDefaultVariables(long callerTeam, long projectId, List<VariableChange> changes) {
        variables.updateDefaults(callerTeam, projectId, changes);
        save();
    }

    /** The deployment the deploy key opens (its Deployment API), or 401/404; expired deployments are gone first. */
    public synchronized Deployment authenticateDeployKey(String deploymentName, String deployKey) {
        if (deployments.purgeExpired()) {
            save();
        }
        return deployKeys.authenticate(deploymentName, deployKey);
    }

    /** The variables of a deployment the caller authenticated for, sorted by name. */
    public synchronized Map<String, String> environmentVariables(Deployment deployment) {
        return variables.of(deployment.name());
    }

    public synchronized void updateEnvironmentVariables(Deployment deployment, List<VariableChange> changes) {
        variables.update(deployment.name(), changes);
        save();
    }

    // ---- persistence --------------------------------------------------------------------------

    public synchronized Snapshot snapshot() {
        return tables.snapshot();
    }

    /** Deployments past their expiry are gone (and saved so) before a token is checked, as on the live service. */
    private AccessToken validToken(String bearer) {
        if (deployments.purgeExpired()) {
            save();
        }
        return teams.validToken(bearer);
    }

    private <T> T saved(T changed) {
        save();
        return changed;
    }

    private void save() {
        if (stateFile != null) {
            stateFile.save(tables.snapshot());
        }
    }
}
