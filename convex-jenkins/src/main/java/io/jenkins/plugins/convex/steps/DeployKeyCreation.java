package io.jenkins.plugins.convex.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.model.CreateDeployKeyRequest;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.client.model.Validation;
import java.util.LinkedHashMap;

/** Creates a deploy key for a deployment; shared by {@code convexDeployKey} and {@code withConvexDeployKey}. */
final class DeployKeyCreation {

    private DeployKeyCreation() {
    }

    /** Keys are named after the build that made them, so the dashboard shows where each came from. */
    static String defaultKeyName(Run<?, ?> run) {
        return "jenkins/" + run.getParent().getFullName() + "/" + run.getNumber();
    }

    static DeployKey create(Run<?, ?> run, TaskListener listener, @CheckForNull String credentialsId,
                            long projectId, String deploymentName, @CheckForNull String keyName) throws AbortException {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        if (projectId < 0) {
            Validation.requirePositiveId("project_id", projectId);
        }
        String name = Util.fixEmptyAndTrim(keyName);
        if (name == null) {
            name = defaultKeyName(run);
        }
        CreateDeployKeyRequest request = new CreateDeployKeyRequest(deploymentName, name);
        ConvexClient client = ConvexSession.forRun(run, credentialsId).client();
        // The spec's route needs the project; ask the deployment for it when the step was not told.
        long project = projectId > 0 ? projectId : projectOf(client, deploymentName);
        DeployKey key = client.createDeployKey(project, request);
        listener.getLogger().println("[convex] created deploy key " + key.name() + " for deployment " + deploymentName);
        return key;
    }

    private static long projectOf(ConvexClient client, String deploymentName) throws AbortException {
        Long project = client.getDeployment(deploymentName).projectId();
        if (project == null) {
            throw new AbortException("[convex] the server did not say which project deployment " + deploymentName
                    + " belongs to; pass projectId");
        }
        return project;
    }

    /** {@code name, deploymentName, key, createdAt}: Strings, sandbox-safe. */
    static LinkedHashMap<String, Object> toMap(DeployKey key) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("name", key.name());
        m.put("deploymentName", key.deploymentName());
        m.put("key", key.key());
        m.put("createdAt", key.createdAt() == null ? null : key.createdAt().toString());
        return m;
    }
}
