package io.jenkins.plugins.convex;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.model.CreateProjectRequest;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.EmulatorDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;

/** Wiring shared by the plugin's tests: the emulator in-process, the token as credentials, the URL in the global configuration. */
public final class ConvexTestSupport {

    public static final String CREDENTIALS_ID = "convex-token";

    private ConvexTestSupport() {
    }

    public static ConvexEmulator startEmulator() {
        return ConvexEmulator.builder().port(0).demo(true).build().start();
    }

    /** An emulator speaking the live service's (platform) dialect; the plugin must then be told so ({@link #configurePlatform}). */
    public static ConvexEmulator startPlatformEmulator() {
        return ConvexEmulator.builder().port(0).dialect(EmulatorDialect.PLATFORM).build().start();
    }

    /** {@link #configure}, with the API dialect forced to platform (the emulator's loopback URL would resolve to spec). */
    public static void configurePlatform(ConvexEmulator emulator) throws IOException {
        configure(emulator);
        ConvexGlobalConfiguration.get().setApiDialect("platform");
    }

    /** Points the plugin at the emulator and stores its token as the default Secret text credentials (replacing any earlier one). */
    public static void configure(ConvexEmulator emulator) throws IOException {
        // A test may point the plugin at a second emulator: its token replaces the first one's.
        SystemCredentialsProvider.getInstance().getCredentials()
                .removeIf(c -> c instanceof StringCredentialsImpl s && CREDENTIALS_ID.equals(s.getId()));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, CREDENTIALS_ID, "Convex team token", Secret.fromString(emulator.defaultToken())));
        SystemCredentialsProvider.getInstance().save();
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        config.setApiUrl(emulator.baseUrl());
        config.setCredentialsId(CREDENTIALS_ID);
        config.setTeamId(Long.toString(emulator.defaultTeamId()));
    }

    /** A client of the test's own, to set up and inspect the emulator's state. */
    public static ConvexClient client(ConvexEmulator emulator) {
        return ConvexClientBuilder.forBaseUrl(emulator.baseUrl()).token(ApiToken.of(emulator.defaultToken()))
                .dialect(emulator.dialect() == EmulatorDialect.PLATFORM ? ApiDialect.PLATFORM : ApiDialect.SPEC).build();
    }

    public static long createProject(ConvexEmulator emulator, String name) {
        return client(emulator).createProject(emulator.defaultTeamId(), CreateProjectRequest.named(name)).id();
    }

    public static boolean deploymentExists(ConvexEmulator emulator, String deploymentName) {
        try {
            client(emulator).getDeployment(deploymentName);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** How many requests of this operation path the emulator saw (e.g. "/deployments/create_cloud"). */
    public static long requestsEndingWith(ConvexEmulator emulator, String method, String pathSuffix) {
        return emulator.requests().stream()
                .filter(r -> r.method().equals(method) && r.path().endsWith(pathSuffix))
                .count();
    }

    /** The secret appears in no file under the build's directory (build.xml, log, workflow/, program.dat...). */
    public static void assertNotInBuildDirectory(Run<?, ?> build, String secret) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(build.getRootDir().toPath())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(secret), "the secret is in " + f);
        }
    }
}
