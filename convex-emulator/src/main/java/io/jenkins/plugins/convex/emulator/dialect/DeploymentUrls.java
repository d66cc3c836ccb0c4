package io.jenkins.plugins.convex.emulator.dialect;

/**
 * Where the emulator says a deployment lives: on the live service's hosts (the default, nothing
 * answers there), or back at the emulator itself ({@code http://127.0.0.1:P/d/<name>}), which then
 * serves the deployment's own API (environment variables) for tests and the command line.
 */
public final class DeploymentUrls {

    /** Deployments' own APIs are served under this path: {@code /d/<name>/api/v1/...}. */
    public static final String PATH_PREFIX = "/d/";

    private final String localBase;

    private DeploymentUrls(String localBase) {
        this.localBase = localBase;
    }

    public static DeploymentUrls cloud() {
        return new DeploymentUrls(null);
    }

    public static DeploymentUrls local(int port) {
        return new DeploymentUrls("http://127.0.0.1:" + port + PATH_PREFIX);
    }

    /** The emulator's URL of the deployment when local, else {@code cloudUrl}. */
    String of(String deploymentName, String cloudUrl) {
        return localBase == null ? cloudUrl : localBase + deploymentName;
    }
}
