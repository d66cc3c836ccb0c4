package io.jenkins.plugins.convex.client.model;

/** Body of createDeployKey: the deployment the key is for (required) and an optional key name. */
public record CreateDeployKeyRequest(String deploymentName, String keyName) {

    public CreateDeployKeyRequest {
        Validation.requireDeploymentName("deployment_name", deploymentName);
        if (keyName != null) {
            Validation.requireNonBlank("key_name", keyName);
        }
    }
}
