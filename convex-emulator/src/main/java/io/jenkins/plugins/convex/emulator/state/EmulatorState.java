package io.jenkins.plugins.convex.emulator.state;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * The one model both dialects serve: teams, tokens, projects, deployments, keys and domains.
 * Every read and change is scoped to the caller's team, so another team's things are simply not
 * found. All methods are synchronized (requests arrive on many threads); each change is saved to
 * the state file, if any, before the method returns.
 */
public final class EmulatorState {

    /** Ids start above 2^32 so that nobody gets away with storing them in an int. */
    static final long FIRST_ID = (1L << 32) + 1000;

    private final Map<Long, Team> teams = new LinkedHashMap<>();
    private final Map<Long, Member> members = new LinkedHashMap<>();
    private final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    private final Map<Long, Project> projects = new LinkedHashMap<>();
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<Long, DeployKey> deployKeys = new LinkedHashMap<>();
    private final Map<Long, PreviewDeployKey> previewDeployKeys = new LinkedHashMap<>();
    private final List<CustomDomain> customDomains = new ArrayList<>();
    private final DeploymentNames names;
    private final LongSupplier clock;
    private final StateFile stateFile;
    private long nextId = FIRST_ID;

    public EmulatorState(StateFile stateFile) {
        this(stateFile, System::currentTimeMillis, new Random());
    }

    EmulatorState(StateFile stateFile, LongSupplier clock, Random random) {
        this.stateFile = stateFile;
        this.clock = clock;
        this.names = new DeploymentNames(random);
        if (stateFile != null) {
            stateFile.load().ifPresent(this::restore);
        }
    }

    // ---- teams and tokens -------------------------------------------------------------------

    /** Adds the team if it is new (with an admin and a developer) and makes {@code token} act for it. */
    public synchronized void ensureTeam(long id, String slug, String token) {
        Team existing = teams.get(id);
        if (existing == null) {
            teams.put(id, new Team(id, slug, slug));
            addMember(id, "admin@" + slug + ".example.com", "Ada Admin", "admin");
            addMember(id, "developer@" + slug + ".example.com", "Dev Developer", "developer");
        } else if (!existing.slug().equals(slug)) {
            throw new IllegalArgumentException("Team " + id + " already exists with slug '" + existing.slug() + "', not '" + slug + "'");
        }
        AccessToken known = tokens.get(token);
        if (known != null && known.teamId() != id) {
            throw new IllegalArgumentException("The token given for team " + id + " already acts for team " + known.teamId());
        }
        if (known == null) {
            tokens.put(token, new AccessToken(nextId(), id, "seed", token, clock.getAsLong(), null));
        }
        save();
    }

    public synchronized List<Team> teams() {
        return List.copyOf(teams.values());
    }

    /** The first token the team was given, if any. */
    public synchronized Optional<String> tokenOf(long teamId) {
        return tokens.values().stream().filter(t -> t.teamId() == teamId).map(AccessToken::token).findFirst();
    }

    /** The team a bearer token acts for, or 401. Expired tokens no longer work. */
    public synchronized long authenticate(String bearer) {
        purgeExpired();
        AccessToken token = bearer == null ? null : tokens.get(bearer);
        if (token == null || (token.expiresAt() != null && token.expiresAt() <= clock.getAsLong())) {
            throw ApiError.unauthorized();
        }
        return token.teamId();
    }

    /** The token's own record (for token_details); 401 like any request with a bad token. */
    public synchronized AccessToken tokenDetails(String bearer) {
        authenticate(bearer);
        return tokens.get(bearer);
    }

    /** The caller's own team by id; any other id is 404. */
    public synchronized Team team(long callerTeam, long teamId) {
        if (callerTeam != teamId || !teams.containsKey(teamId)) {
            throw teamNotFound(Long.toString(teamId));
        }
        return teams.get(teamId);
    }

    /** The caller's own team by id or slug; anything else is 404. */
    public synchronized Team teamByIdOrSlug(long callerTeam, String idOrSlug) {
        Team own = teams.get(callerTeam);
        if (own == null || !(own.slug().equals(idOrSlug) || Long.toString(own.id()).equals(idOrSlug))) {
            throw teamNotFound(idOrSlug);
        }
        return own;
    }

    public synchronized List<Member> members(long callerTeam, long teamId) {
        team(callerTeam, teamId);
        return members.values().stream().filter(m -> m.teamId() == teamId).toList();
    }

    public synchronized Created<AccessToken> createAccessToken(long callerTeam, long teamId, String name, Long expiresAt) {
        team(callerTeam, teamId);
        String secret = "emu_" + Secrets.random(24);
        AccessToken token = new AccessToken(nextId(), teamId, name, secret, clock.getAsLong(), expiresAt);
        tokens.put(secret, token);
        save();
        return new Created<>(token, secret);
    }

    // ---- projects -----------------------------------------------------------------------------

    public synchronized CreatedProject createProject(long callerTeam, long teamId, String name, NewDeployment initial) {
        team(callerTeam, teamId);
        String slug = Slugs.unique(name, s -> projects.values().stream().anyMatch(p -> p.teamId() == teamId && p.slug().equals(s)));
        Project project = new Project(nextId(), teamId, name, slug, clock.getAsLong());
        projects.put(project.id(), project);
        Deployment deployment = initial == null ? null : addDeployment(project, initial);
        save();
        return new CreatedProject(project, deployment);
    }

    public synchronized List<Project> projects(long callerTeam, long teamId) {
        team(callerTeam, teamId);
        return projects.values().stream().filter(p -> p.teamId() == teamId).toList();
    }

    public synchronized Project project(long callerTeam, long projectId) {
        Project project = projects.get(projectId);
        if (project == null || project.teamId() != callerTeam) {
            throw ApiError.notFound("ProjectNotFound", "Project " + projectId + " not found");
        }
        return project;
    }

    public synchronized Project projectBySlug(long callerTeam, String teamIdOrSlug, String slug) {
        Team team = teamByIdOrSlug(callerTeam, teamIdOrSlug);
        return projects.values().stream()
                .filter(p -> p.teamId() == team.id() && p.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("ProjectNotFound", "Project '" + slug + "' not found in team '" + teamIdOrSlug + "'"));
    }

    /** Deletes the project with all its deployments (and their keys and domains). */
    public synchronized void deleteProject(long callerTeam, long projectId) {
        project(callerTeam, projectId);
        deploymentsOf(projectId).forEach(d -> removeDeployment(d.name()));
        previewDeployKeys.values().removeIf(k -> k.projectId() == projectId);
        projects.remove(projectId);
        save();
    }

    // ---- deployments --------------------------------------------------------------------------

    public synchronized Deployment createDeployment(long callerTeam, long projectId, NewDeployment request) {
        Project project = project(callerTeam, projectId);
        Deployment deployment = addDeployment(project, request);
        save();
        return deployment;
    }

    public synchronized List<Deployment> deployments(long callerTeam, long projectId) {
        project(callerTeam, projectId);
        return deploymentsOf(projectId);
    }

    /** All deployments of the caller's team, oldest first. */
    public synchronized List<Deployment> teamDeployments(long callerTeam, long teamId) {
        team(callerTeam, teamId);
        return deployments.values().stream()
                .filter(d -> projects.get(d.projectId()).teamId() == teamId)
                .toList();
    }

    public synchronized Deployment deployment(long callerTeam, String name) {
        Deployment deployment = deployments.get(name);
        if (deployment == null || projects.get(deployment.projectId()).teamId() != callerTeam) {
            throw ApiError.notFound("DeploymentNotFound", "Deployment '" + name + "' not found");
        }
        return deployment;
    }

    public synchronized void deleteDeployment(long callerTeam, String name) {
        deployment(callerTeam, name);
        removeDeployment(name);
        save();
    }

    /**
     * The project's default deployment of the type (prod or dev): the oldest one flagged default,
     * else (the spec's rule) the oldest remaining one without a flag.
     */
    public synchronized Optional<Deployment> defaultDeployment(long callerTeam, long projectId, String type) {
        project(callerTeam, projectId);
        return defaultOf(projectId, type);
    }

    public synchronized boolean isDefault(Deployment deployment) {
        if (deployment.isDefault() != null) {
            return deployment.isDefault();
        }
        return defaultOf(deployment.projectId(), deployment.deploymentType()).map(d -> d.id() == deployment.id()).orElse(false);
    }

    private Optional<Deployment> defaultOf(long projectId, String type) {
        Comparator<Deployment> oldest = Comparator.comparingLong(Deployment::createTime).thenComparingLong(Deployment::id);
        List<Deployment> ofType = deploymentsOf(projectId).stream().filter(d -> d.isOfType(type)).toList();
        Optional<Deployment> flagged = ofType.stream().filter(d -> Boolean.TRUE.equals(d.isDefault())).min(oldest);
        return flagged.isPresent() ? flagged : ofType.stream().filter(d -> d.isDefault() == null).min(oldest);
    }

    public synchronized Optional<Deployment> deploymentByReference(long callerTeam, long projectId, String reference) {
        project(callerTeam, projectId);
        return deploymentsOf(projectId).stream().filter(d -> reference.equals(d.reference())).findFirst();
    }

    /** Changes a deployment; null arguments leave their field alone. */
    public synchronized Deployment updateDeployment(long callerTeam, String name, DeploymentUpdate update) {
        Deployment deployment = deployment(callerTeam, name);
        if (update.reference() != null && !update.reference().equals(deployment.reference())) {
            requireFreeReference(deployment.projectId(), update.reference());
            deployment = deployment.withReference(update.reference());
        }
        if (update.expiresAt() != null || update.clearExpiry()) {
            deployment = deployment.withExpiresAt(update.expiresAt());
        }
        if (update.deploymentClass() != null) {
            deployment = deployment.withClass(update.deploymentClass());
        }
        if (Boolean.TRUE.equals(update.isDefault()) && !isDefault(deployment)) {
            requireNoDefault(deployment.projectId(), deployment.deploymentType());
            deployment = deployment.withDefault(true);
        } else if (Boolean.FALSE.equals(update.isDefault())) {
            deployment = deployment.withDefault(false);
        }
        deployments.put(name, deployment);
        save();
        return deployment;
    }

    // ---- deploy keys --------------------------------------------------------------------------

    /** A key for one deployment of the project; the deployment must belong to it. */
    public synchronized Created<DeployKey> createDeployKey(long callerTeam, long projectId, String deploymentName, String name,
            Long expiresAt, List<String> allowedActions) {
        project(callerTeam, projectId);
        Deployment deployment = deployments.get(deploymentName);
        if (deployment == null || deployment.projectId() != projectId) {
            throw ApiError.notFound("DeploymentNotFound", "Deployment '" + deploymentName + "' not found in project " + projectId);
        }
        return addDeployKey(deployment, name, expiresAt, allowedActions);
    }

    /** A key for the deployment; its name must be unique on the deployment (the live rule). */
    public synchronized Created<DeployKey> createUniquelyNamedDeployKey(long callerTeam, String deploymentName, String name,
            Long expiresAt, List<String> allowedActions) {
        Deployment deployment = deployment(callerTeam, deploymentName);
        if (deployKeys.values().stream().anyMatch(k -> k.deploymentName().equals(deploymentName) && k.name().equals(name))) {
            throw ApiError.badRequest("DeployKeyNameTaken",
                    "Field 'name' has invalid value '" + name + "': deployment '" + deploymentName + "' already has a deploy key of that name");
        }
        return addDeployKey(deployment, name, expiresAt, allowedActions);
    }

    public synchronized List<DeployKey> deployKeysOfProject(long callerTeam, long projectId) {
        project(callerTeam, projectId);
        return deployKeys.values().stream().filter(k -> k.projectId() == projectId).toList();
    }

    public synchronized List<DeployKey> deployKeysOfDeployment(long callerTeam, String deploymentName) {
        deployment(callerTeam, deploymentName);
        return deployKeys.values().stream().filter(k -> k.deploymentName().equals(deploymentName)).toList();
    }

    /** Deletes a deploy key of the deployment named by its id, its name or its secret. */
    public synchronized void deleteDeployKey(long callerTeam, String deploymentName, String idNameOrSecret) {
        deployment(callerTeam, deploymentName);
        String hash = Secrets.sha256(idNameOrSecret);
        boolean removed = deployKeys.values().removeIf(k -> k.deploymentName().equals(deploymentName)
                && (Long.toString(k.id()).equals(idNameOrSecret) || k.name().equals(idNameOrSecret) || hash.equals(k.secretHash())));
        if (!removed) {
            throw ApiError.notFound("DeployKeyNotFound", "No deploy key with that id, name or value on deployment '" + deploymentName + "'");
        }
        save();
    }

    /** A project-wide preview deploy key, {@code preview:<team-slug>:<project-slug>|<secret>}; names are unique per project. */
    public synchronized Created<PreviewDeployKey> createPreviewDeployKey(long callerTeam, long projectId, String name, Long expiresAt) {
        Project project = project(callerTeam, projectId);
        if (previewDeployKeys.values().stream().anyMatch(k -> k.projectId() == projectId && k.name().equals(name))) {
            throw ApiError.badRequest("DeployKeyNameTaken",
                    "Field 'name' has invalid value '" + name + "': project " + projectId + " already has a preview deploy key of that name");
        }
        Team team = teams.get(project.teamId());
        String secret = "preview:" + team.slug() + ":" + project.slug() + "|" + Secrets.random(24);
        PreviewDeployKey key = new PreviewDeployKey(nextId(), projectId, name, clock.getAsLong(), creatorIn(project.teamId()), expiresAt,
                Secrets.sha256(secret));
        previewDeployKeys.put(key.id(), key);
        save();
        return new Created<>(key, secret);
    }

    public synchronized List<PreviewDeployKey> previewDeployKeys(long callerTeam, long projectId) {
        project(callerTeam, projectId);
        return previewDeployKeys.values().stream().filter(k -> k.projectId() == projectId).toList();
    }

    /** Deletes a preview deploy key of the project named by its id, its name or its secret. */
    public synchronized void deletePreviewDeployKey(long callerTeam, long projectId, String idNameOrSecret) {
        project(callerTeam, projectId);
        String hash = Secrets.sha256(idNameOrSecret);
        boolean removed = previewDeployKeys.values().removeIf(k -> k.projectId() == projectId
                && (Long.toString(k.id()).equals(idNameOrSecret) || k.name().equals(idNameOrSecret) || hash.equals(k.secretHash())));
        if (!removed) {
            throw ApiError.notFound("PreviewDeployKeyNotFound", "No preview deploy key with that id, name or value in project " + projectId);
        }
        save();
    }

    // ---- custom domains -----------------------------------------------------------------------

    public synchronized CustomDomain createCustomDomain(long callerTeam, String deploymentName, String domain, String destination) {
        deployment(callerTeam, deploymentName);
        boolean taken = customDomains.stream().anyMatch(c -> c.domain().equals(domain) && c.requestDestination().equals(destination));
        if (taken) {
            throw ApiError.badRequest("DomainAlreadyExists", "Custom domain '" + domain + "' already routes " + destination + " requests");
        }
        CustomDomain created = new CustomDomain(deploymentName, domain, destination, clock.getAsLong());
        customDomains.add(created);
        save();
        return created;
    }

    public synchronized List<CustomDomain> customDomains(long callerTeam, String deploymentName) {
        deployment(callerTeam, deploymentName);
        return customDomains.stream().filter(c -> c.deploymentName().equals(deploymentName)).toList();
    }

    /** Removes the domain from the deployment; a null destination removes it for both destinations. */
    public synchronized void deleteCustomDomain(long callerTeam, String deploymentName, String domain, String destination) {
        deployment(callerTeam, deploymentName);
        boolean removed = customDomains.removeIf(c -> c.deploymentName().equals(deploymentName) && c.domain().equals(domain)
                && (destination == null || c.requestDestination().equals(destination)));
        if (!removed) {
            throw ApiError.notFound("CustomDomainNotFound", "Custom domain '" + domain + "' not found on deployment '" + deploymentName + "'");
        }
        save();
    }

    // ---- persistence --------------------------------------------------------------------------

    public synchronized Snapshot snapshot() {
        return new Snapshot(Snapshot.CURRENT_VERSION, nextId, List.copyOf(teams.values()), List.copyOf(members.values()),
                List.copyOf(tokens.values()), List.copyOf(projects.values()), List.copyOf(deployments.values()),
                List.copyOf(deployKeys.values()), List.copyOf(previewDeployKeys.values()), List.copyOf(customDomains));
    }

    private void restore(Snapshot s) {
        nextId = Math.max(FIRST_ID, s.nextId());
        s.teams().forEach(t -> teams.put(t.id(), t));
        s.members().forEach(m -> members.put(m.id(), m));
        s.tokens().forEach(t -> tokens.put(t.token(), t));
        s.projects().forEach(p -> projects.put(p.id(), p));
        s.deployments().forEach(d -> deployments.put(d.name(), d));
        s.deployKeys().forEach(k -> deployKeys.put(k.id(), k));
        if (s.previewDeployKeys() != null) {
            s.previewDeployKeys().forEach(k -> previewDeployKeys.put(k.id(), k));
        }
        customDomains.addAll(s.customDomains());
    }

    private void save() {
        if (stateFile != null) {
            stateFile.save(snapshot());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private long nextId() {
        return nextId++;
    }

    private void addMember(long teamId, String email, String name, String role) {
        long id = nextId();
        members.put(id, new Member(id, teamId, email, name, role));
    }

    private Deployment addDeployment(Project project, NewDeployment request) {
        if (request.reference() != null) {
            requireFreeReference(project.id(), request.reference());
        }
        Boolean flag = switch (request.defaultRule()) {
            case OLDEST_REMAINING -> null;
            case NO -> false;
            case IF_NONE -> defaultOf(project.id(), request.deploymentType()).isEmpty();
            case YES -> {
                requireNoDefault(project.id(), request.deploymentType());
                yield true;
            }
        };
        String name = names.next(deployments::containsKey);
        String reference = request.reference() != null ? request.reference() : request.deploymentType() + "/" + name;
        Deployment deployment = new Deployment(nextId(), project.id(), name, request.deploymentType(), request.deploymentClass(),
                request.region(), clock.getAsLong(), creatorIn(project.teamId()), reference, request.expiresAt(), flag);
        deployments.put(name, deployment);
        return deployment;
    }

    private void requireNoDefault(long projectId, String type) {
        defaultOf(projectId, type).ifPresent(d -> {
            throw ApiError.badRequest("DefaultDeploymentExists",
                    "Field 'isDefault' cannot be true: deployment '" + d.name() + "' is already the project's default " + type + " deployment");
        });
    }

    /** Who "created" things: the team's first member (tokens act for the team, not a person). */
    private Long creatorIn(long teamId) {
        return members.values().stream().filter(m -> m.teamId() == teamId).findFirst().map(Member::id).orElse(null);
    }

    /** Deployments past their expiry are gone, as on the live service. */
    private void purgeExpired() {
        long now = clock.getAsLong();
        List<String> expired = deployments.values().stream()
                .filter(d -> d.expiresAt() != null && d.expiresAt() <= now)
                .map(Deployment::name)
                .toList();
        if (!expired.isEmpty()) {
            expired.forEach(this::removeDeployment);
            save();
        }
    }

    private void requireFreeReference(long projectId, String reference) {
        if (deploymentsOf(projectId).stream().anyMatch(d -> reference.equals(d.reference()))) {
            throw ApiError.badRequest("DeploymentReferenceTaken",
                    "Field 'reference' has invalid value '" + reference + "': another deployment of this project already uses it");
        }
    }

    private Created<DeployKey> addDeployKey(Deployment deployment, String name, Long expiresAt, List<String> allowedActions) {
        long id = nextId();
        String keyName = name == null ? "deploy-key-" + id : name;
        String secret = deployment.deploymentType() + ":" + deployment.name() + "|" + Secrets.random(24);
        DeployKey key = new DeployKey(id, deployment.projectId(), deployment.name(), keyName, clock.getAsLong(),
                creatorIn(projects.get(deployment.projectId()).teamId()), expiresAt,
                allowedActions == null ? null : List.copyOf(allowedActions), Secrets.sha256(secret));
        deployKeys.put(id, key);
        save();
        return new Created<>(key, secret);
    }

    private List<Deployment> deploymentsOf(long projectId) {
        return deployments.values().stream().filter(d -> d.projectId() == projectId).toList();
    }

    private void removeDeployment(String name) {
        deployments.remove(name);
        deployKeys.values().removeIf(k -> k.deploymentName().equals(name));
        customDomains.removeIf(c -> c.deploymentName().equals(name));
    }

    private static ApiError teamNotFound(String team) {
        return ApiError.notFound("TeamNotFound", "Team '" + team + "' not found");
    }
}
