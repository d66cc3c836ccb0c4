package io.jenkins.plugins.convex.emulator.state;

/**
 * What a caller asks for when creating a deployment, already validated by the dialect. A null
 * {@code reference} gets a generated one ({@code <type>/<name>}).
 */
public record NewDeployment(String deploymentType, String region, String deploymentClass, String reference, Long expiresAt,
        DefaultRule defaultRule) {

    /** Whether the new deployment becomes its project's default of its type. */
    public enum DefaultRule {
        /** The spec's rule: the oldest remaining deployment of the type is the default. */
        OLDEST_REMAINING,
        /** It must become the default (refused if the project has one). */
        YES,
        /** It is not a default. */
        NO,
        /** It becomes the default when the project has none yet (the live service without a reference). */
        IF_NONE
    }

    /** A deployment under the spec's rule. */
    public static NewDeployment of(String deploymentType, String region, String deploymentClass) {
        return new NewDeployment(deploymentType, region, deploymentClass, null, null, DefaultRule.OLDEST_REMAINING);
    }
}
