package io.jenkins.plugins.convex.emulator;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.convex.emulator.dialect.DeploymentUrls;
import io.jenkins.plugins.convex.emulator.dialect.Dialect;
import io.jenkins.plugins.convex.emulator.dialect.PlatformDialect;
import io.jenkins.plugins.convex.emulator.dialect.SpecDialect;
import io.jenkins.plugins.convex.emulator.faults.FaultRegistry;
import io.jenkins.plugins.convex.emulator.http.EmulatorHandler;
import io.jenkins.plugins.convex.emulator.http.RequestLog;
import io.jenkins.plugins.convex.emulator.http.Router;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import io.jenkins.plugins.convex.emulator.state.NewDeployment;
import io.jenkins.plugins.convex.emulator.state.Secrets;
import io.jenkins.plugins.convex.emulator.state.StateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local, stateful Convex Management API on 127.0.0.1, for tests and the command line.
 * <pre>
 * try (ConvexEmulator emu = ConvexEmulator.builder().team(1L, "demo-team", "token").build()) {
 *     emu.start();
 *     String url = emu.baseUrl(); // http://127.0.0.1:P/v1
 * }
 * </pre>
 */
public final class ConvexEmulator implements AutoCloseable {

    private final int requestedPort;
    private final List<TeamSeed> seeds;
    private final Path stateFile;
    private final boolean demo;
    private final EmulatorDialect dialect;
    private final boolean localDeploymentUrls;
    private final RequestLog log = new RequestLog();
    private final FaultRegistry faults = new FaultRegistry();
    private EmulatorState state;
    private HttpServer server;
    private ExecutorService executor;

    private ConvexEmulator(Builder b) {
        this.requestedPort = b.port;
        this.seeds = List.copyOf(b.teams);
        this.stateFile = b.stateFile;
        this.demo = b.demo;
        this.dialect = b.dialect;
        this.localDeploymentUrls = b.localDeploymentUrls;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Parses {@code ID:SLUG:TOKEN}; see {@link TeamSeed#parse(String)}. */
    public static TeamSeed parseTeam(String text) {
        return TeamSeed.parse(text);
    }

    /** Loads or seeds the state and starts serving; returns this. */
    public synchronized ConvexEmulator start() {
        if (server != null) {
            throw new IllegalStateException("The emulator is already started");
        }
        state = new EmulatorState(stateFile == null ? null : new StateFile(stateFile));
        seedTeams();
        if (demo) {
            addDemoProject();
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + requestedPort + ": " + e.getMessage(), e);
        }
        // Bound first: local deployment URLs carry the port.
        DeploymentUrls urls = localDeploymentUrls ? DeploymentUrls.local(server.getAddress().getPort()) : DeploymentUrls.cloud();
        Router router = new Router();
        dialectFor(state, dialect, urls).register(router);
        // The other dialect's routes are only matched, to tell a client of that dialect what this server speaks.
        EmulatorDialect other = dialect == EmulatorDialect.PLATFORM ? EmulatorDialect.SPEC : EmulatorDialect.PLATFORM;
        Router otherRoutes = new Router();
        dialectFor(state, other, urls).register(otherRoutes);
        router.dialects(dialectName(dialect), dialectName(other), otherRoutes);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "convex-emulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new EmulatorHandler(router, state, faults, log));
        server.start();
        return this;
    }

    private static Dialect dialectFor(EmulatorState s, EmulatorDialect d, DeploymentUrls urls) {
        return d == EmulatorDialect.PLATFORM ? new PlatformDialect(s, urls) : new SpecDialect(s, urls);
    }

    private static String dialectName(EmulatorDialect d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    private void seedTeams() {
        if (!seeds.isEmpty()) {
            seeds.forEach(t -> state.ensureTeam(t.id(), t.slug(), t.token()));
        } else if (state.teams().isEmpty()) {
            state.ensureTeam(1L, "demo-team", "emu_" + Secrets.random(16));
        }
    }

    private void addDemoProject() {
        long teamId = seeds.isEmpty() ? state.teams().get(0).id() : seeds.get(0).id();
        boolean present = state.projects(teamId, teamId).stream().anyMatch(p -> p.slug().equals("demo"));
        if (!present) {
            state.createProject(teamId, teamId, "Demo", NewDeployment.of("prod", "aws-us-east-1", "s16"));
        }
    }

    public synchronized int port() {
        requireStarted();
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:P/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The line the standalone emulator prints on stdout once it listens. */
    public String startupLine() {
        return "Convex Management API emulator listening on " + baseUrl();
    }

    public EmulatorDialect dialect() {
        return dialect;
    }

    /** A token that acts for the team. */
    public synchronized String token(long teamId) {
        requireStarted();
        for (TeamSeed seed : seeds) {
            if (seed.id() == teamId) {
                return seed.token();
            }
        }
        return state.tokenOf(teamId).orElseThrow(() -> new NoSuchElementException("The emulator has no team " + teamId));
    }

    /** The token of the first team (the only one unless several were given). */
    public synchronized String defaultToken() {
        return token(defaultTeamId());
    }

    /** The first team given to the builder, else the first team of the state. */
    public synchronized long defaultTeamId() {
        requireStarted();
        return seeds.isEmpty() ? state.teams().get(0).id() : seeds.get(0).id();
    }

    public synchronized String defaultTeamSlug() {
        requireStarted();
        return seeds.isEmpty() ? state.teams().get(0).slug() : seeds.get(0).slug();
    }

    /** {@code http://127.0.0.1:P/d/<name>}: where a deployment's own API is served (its URL with local deployment URLs). */
    public String deploymentUrl(String deploymentName) {
        return "http://127.0.0.1:" + port() + DeploymentUrls.PATH_PREFIX + deploymentName;
    }

    /** The requests seen under /v1 and deployments' APIs (/d/) so far, oldest first. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    public void clearRequests() {
        log.clear();
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        faults.clear();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("The emulator is not started: call start() first");
        }
    }

    /** Configures an emulator; nothing listens until {@link ConvexEmulator#start()}. */
    public static final class Builder {
        private int port;
        private final List<TeamSeed> teams = new ArrayList<>();
        private Path stateFile;
        private boolean demo;
        private EmulatorDialect dialect = EmulatorDialect.SPEC;
        private boolean localDeploymentUrls;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Adds a team; without any, one team 1:demo-team with a random token. */
        public Builder team(long id, String slug, String token) {
            return team(new TeamSeed(id, slug, token));
        }

        public Builder team(TeamSeed seed) {
            teams.add(seed);
            return this;
        }

        /** Persists state to this file after each change and loads it on start. */
        public Builder stateFile(Path path) {
            this.stateFile = path;
            return this;
        }

        /** Adds project "Demo" (slug demo) with a prod deployment to the first team, unless present. */
        public Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        public Builder dialect(EmulatorDialect dialect) {
            this.dialect = dialect == null ? EmulatorDialect.SPEC : dialect;
            return this;
        }

        /**
         * Deployments' {@code url} points back at the emulator ({@code http://127.0.0.1:P/d/<name>}),
         * whose Deployment API then answers for them; off, it is {@code https://<name>.convex.cloud}.
         */
        public Builder localDeploymentUrls(boolean local) {
            this.localDeploymentUrls = local;
            return this;
        }

        public ConvexEmulator build() {
            return new ConvexEmulator(this);
        }
    }
}
