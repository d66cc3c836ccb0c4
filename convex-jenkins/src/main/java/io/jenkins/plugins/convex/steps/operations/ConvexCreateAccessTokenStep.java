package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.operations.ManagementOperations;
import io.jenkins.plugins.convex.steps.ConvexStepDescriptor;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code convexCreateAccessToken(name: ..., [teamId])}: returns {@code [name, token, createdAt]}; the token is an ordinary string in the script: prefer {@code withConvexAccessToken}, which masks it.
 * A team-level operation: refused unless "Allow team-level operations from pipelines" is on.
 */
public class ConvexCreateAccessTokenStep extends TeamOperationStep {

    private final String name;

    @DataBoundConstructor
    public ConvexCreateAccessTokenStep(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getName() {
        return name;
    }

    @Override
    protected boolean isTeamLevel() {
        return true;
    }

    @Override
    protected String blockReturningTheSecret() {
        return "withConvexAccessToken(name: ...) { ... }";
    }

    @Override
    protected Object call(@NonNull ManagementOperations ops, @NonNull ConvexGlobalConfiguration config) {
        return ops.createAccessToken(team(config), name);
    }

    @Override
    protected String describe(Object result) {
        return "created access token " + name + " (the token is in the returned map, not in this log)";
    }

    @Extension
    public static final class DescriptorImpl extends ConvexStepDescriptor {

        @Override
        public String getFunctionName() {
            return "convexCreateAccessToken";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Create a Convex team access token (team-level)";
        }
    }
}
