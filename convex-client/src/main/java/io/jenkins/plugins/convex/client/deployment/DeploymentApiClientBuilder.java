package io.jenkins.plugins.convex.client.deployment;

import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ClientVersion;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.http.HttpTransport;
import io.jenkins.plugins.convex.client.http.SharedHttpClients;
import io.jenkins.plugins.convex.client.http.Timeouts;
import io.jenkins.plugins.convex.client.model.Validation;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link DeploymentApiClient} for one deployment:
 * <pre>{@code
 * DeploymentApiClient d = DeploymentApiClientBuilder.forDeploymentUrl(preview.url()).deployKey(secret).build();
 * }</pre>
 */
public final class DeploymentApiClientBuilder {

    private final HttpUrl deploymentUrl;
    private ApiToken deployKey;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient httpClient;

    private DeploymentApiClientBuilder(HttpUrl deploymentUrl) {
        this.deploymentUrl = deploymentUrl;
    }

    /** The deployment's URL as the Management API gives it, e.g. {@code https://happy-otter-123.convex.cloud}. */
    public static DeploymentApiClientBuilder forDeploymentUrl(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null || parsed.query() != null || parsed.fragment() != null) {
            throw new InvalidInputException("deployment_url", url, "an http or https URL such as https://happy-otter-123.convex.cloud");
        }
        return new DeploymentApiClientBuilder(parsed);
    }

    /** The live service's URL of a deployment by name, {@code https://<name>.convex.cloud} (as the official client derives it). */
    public static DeploymentApiClientBuilder forDeploymentName(String name) {
        return forDeploymentUrl(liveUrl(name));
    }

    /** {@code https://<name>.convex.cloud}, the name checked. */
    public static String liveUrl(String name) {
        Validation.requireDeploymentName("deployment_name", name);
        return "https://" + name + ".convex.cloud";
    }

    /** A deploy key of this deployment; refused (without echoing it) when blank. */
    public DeploymentApiClientBuilder deployKey(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("deploy_key", null, "a non-empty deploy key of the deployment");
        }
        this.deployKey = ApiToken.of(secret);
        return this;
    }

    public DeploymentApiClientBuilder retryPolicy(RetryPolicy policy) {
        if (policy == null) {
            throw new InvalidInputException("retry_policy", null, "a RetryPolicy, e.g. RetryPolicy.defaults()");
        }
        this.retryPolicy = policy;
        return this;
    }

    /** A client to derive from (its pool, proxy and TLS settings are kept), e.g. Jenkins' proxy-aware one. */
    public DeploymentApiClientBuilder httpClient(OkHttpClient base) {
        this.httpClient = base;
        return this;
    }

    public DeploymentApiClient build() {
        if (deployKey == null) {
            throw new InvalidInputException("deploy_key", null, "a deploy key of the deployment");
        }
        HttpUrl apiBase = deploymentUrl.newBuilder().addPathSegments("api/v1").build();
        Timeouts timeouts = Timeouts.defaults();
        OkHttpClient okHttp = httpClient == null ? SharedHttpClients.forBaseUrl(apiBase, timeouts) : SharedHttpClients.fromBase(httpClient, timeouts);
        HttpTransport transport = new HttpTransport(okHttp, apiBase, "Convex", deployKey, ClientVersion.userAgent(), retryPolicy);
        return new DeploymentApiClient(transport, "DeploymentApiClient[" + apiBase.scheme() + "://" + apiBase.host() + ":"
                + apiBase.port() + apiBase.encodedPath() + "]");
    }
}
