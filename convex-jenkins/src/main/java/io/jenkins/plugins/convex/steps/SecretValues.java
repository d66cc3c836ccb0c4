package io.jenkins.plugins.convex.steps;

import hudson.AbortException;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;

/**
 * The administrator's switch for steps that return a secret as a plain value: such a value is
 * unmasked in the console and in clear in the Pipeline's saved state while the script holds it,
 * so it is refused (before any request) unless allowed in the global configuration.
 */
public final class SecretValues {

    private SecretValues() {
    }

    /**
     * @param step  the step asking, e.g. {@code convexDeployKey}
     * @param block the block step that gives the same secret safely, e.g. {@code withConvexDeployKey(...) { ... }}
     */
    public static void requireAllowed(String step, String block) throws AbortException {
        if (!ConvexGlobalConfiguration.get().isSecretsAsValues()) {
            throw new AbortException("[convex] " + step + " would return a secret as a plain value (unmasked, and in clear in the "
                    + "saved Pipeline), which is off; use " + block + ", or ask an administrator to allow "
                    + "\"steps to return deploy keys and access tokens as values\" in Manage Jenkins > System > Convex");
        }
    }
}
