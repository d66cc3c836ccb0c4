package io.jenkins.plugins.convex.connection;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.convex.client.ApiDialect;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.ConvexClient;
import io.jenkins.plugins.convex.client.ConvexClientBuilder;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.client.deployment.DeploymentApiClientBuilder;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import io.jenkins.plugins.convex.preview.env.DeploymentApis;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Builds the management client the plugin uses, the one seam between Jenkins and the HTTP client:
 * Jenkins' proxy settings apply ({@link JenkinsOkHttpClient}), the URL and timeouts are the
 * administrator's ({@link ConvexGlobalConfiguration}), and so is the API dialect, the token comes from credentials.
 */
public class ConvexClientFactory {

    private static final ConvexClientFactory DEFAULT = new ConvexClientFactory();

    /**
     * One base client for the whole controller: per-client settings (timeouts, token) are applied on
     * builders derived from it, which share its connection pool and threads.
     */
    private static volatile OkHttpClient base;

    public static @NonNull ConvexClientFactory get() {
        return DEFAULT;
    }

    /** A client for the configured API URL, authenticated with {@code token}. */
    public @NonNull ConvexClient create(@NonNull Secret token) {
        ConvexGlobalConfiguration config = ConvexGlobalConfiguration.get();
        return create(config.getApiUrl(), token, config);
    }

    /** A client for {@code apiUrl} (already checked by {@code ApiUrlPolicy}) with the timeouts and dialect of {@code config}. */
    public @NonNull ConvexClient create(@NonNull String apiUrl, @NonNull Secret token, @NonNull ConvexGlobalConfiguration config) {
        return create(apiUrl, token, config, config.getApiDialectValue());
    }

    /** As above with another dialect (the configuration form's "Test connection", before it is saved). */
    public @NonNull ConvexClient create(@NonNull String apiUrl, @NonNull Secret token, @NonNull ConvexGlobalConfiguration config,
                                        @NonNull ApiDialect dialect) {
        int readSeconds = config.getReadTimeoutSeconds();
        return ConvexClientBuilder.forBaseUrl(apiUrl)
                .token(ApiToken.of(token.getPlainText()))
                .dialect(dialect)
                .connectTimeout(Duration.ofSeconds(config.getConnectTimeoutSeconds()))
                .readTimeout(Duration.ofSeconds(readSeconds))
                .callTimeout(Duration.ofSeconds(config.getConnectTimeoutSeconds() + 2L * readSeconds))
                .retryPolicy(RetryPolicy.defaults())
                .httpClient(baseClient())
                .userAgent("jenkins-convex-preview")
                .build();
    }

    /** Opens a deployment's own API (its variables) through the same proxy-aware HTTP client. */
    public @NonNull DeploymentApis deploymentApis() {
        return (url, deployKey) -> DeploymentApiClientBuilder.forDeploymentUrl(url).deployKey(deployKey).httpClient(baseClient())
                .retryPolicy(RetryPolicy.defaults()).build();
    }

    private static OkHttpClient baseClient() {
        OkHttpClient b = base;
        if (b == null) {
            synchronized (ConvexClientFactory.class) {
                b = base;
                if (b == null) {
                    b = JenkinsOkHttpClient.newClientBuilder(new OkHttpClient()).build();
                    base = b;
                }
            }
        }
        return b;
    }
}
