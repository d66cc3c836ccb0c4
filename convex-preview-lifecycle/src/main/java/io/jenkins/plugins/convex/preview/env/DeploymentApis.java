package io.jenkins.plugins.convex.preview.env;

import io.jenkins.plugins.convex.client.deployment.DeploymentApiClient;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;

/** Opens a deployment's own API; the plugin passes one that uses Jenkins' proxy-aware HTTP client. */
@FunctionalInterface
public interface DeploymentApis {

    DeploymentApis DEFAULT = (url, deployKey) -> DeploymentApiClientBuilder.forDeploymentUrl(url).deployKey(deployKey).build();

    DeploymentApiClient open(String deploymentUrl, String deployKey);
}
