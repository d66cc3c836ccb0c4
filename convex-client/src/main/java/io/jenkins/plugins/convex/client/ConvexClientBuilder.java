package io.jenkins.plugins.convex.client;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.http.HttpTransport;
import io.jenkins.plugins.convex.client.http.SharedHttpClients;
import io.jenkins.plugins.convex.client.http.Timeouts;
import io.jenkins.plugins.convex.client.wire.WireDialect;
import io.jenkins.plugins.convex.client.wire.WireDialects;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link ConvexClient}. Only the base URL and the token are required:
 * <pre>{@code
 * ConvexClient client = ConvexClientBuilder.forBaseUrl("https://api.example/v1")
 *     .token(ApiToken.of(secret)).build();
 * }</pre>
 * Bad settings fail with an {@link InvalidInputException} naming the setting.
 */
public final class ConvexClientBuilder {

    private final HttpUrl baseUrl;
    private ApiToken token;
    private ApiDialect dialect = ApiDialect.AUTO;
    private Timeouts timeouts = Timeouts.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient httpClient;
    private String userAgentSuffix;
    private Consumer<RetryNotice> onRetry = notice -> { };

    private ConvexClientBuilder(HttpUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The API's base URL, e.g. {@code https://api.convex.dev/v1} or an emulator's {@code http://127.0.0.1:P/v1}. */
    public static ConvexClientBuilder forBaseUrl(String baseUrl) {
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.strip());
        if (url == null) {
            throw new InvalidInputException("api_url", baseUrl, "an http or https URL such as https://api.convex.dev/v1");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new InvalidInputException("api_url", baseUrl, "a URL without query or fragment");
        }
        // Drop a trailing slash so that "…/v1/" and "…/v1" are the same API (and share a pool).
        String path = url.encodedPath();
        if (path.length() > 1 && path.endsWith("/")) {
            url = url.newBuilder().encodedPath(path.substring(0, path.length() - 1)).build();
        }
        return new ConvexClientBuilder(url);
    }

    public ConvexClientBuilder token(ApiToken apiToken) {
        this.token = apiToken;
        return this;
    }

    public ConvexClientBuilder dialect(ApiDialect apiDialect) {
        if (apiDialect == null) {
            throw new InvalidInputException("dialect", null, "one of AUTO, SPEC, PLATFORM");
        }
        this.dialect = apiDialect;
        return this;
    }

    public ConvexClientBuilder connectTimeout(Duration timeout) {
        timeouts = new Timeouts(checked("connect_timeout", timeout), timeouts.read(), timeouts.call());
        return this;
    }

    /** Also used as the write timeout. */
    public ConvexClientBuilder readTimeout(Duration timeout) {
        timeouts = new Timeouts(timeouts.connect(), checked("read_timeout", timeout), timeouts.call());
        return this;
    }

    /** The limit for one whole attempt (connect, send, wait, read); zero for none. */
    public ConvexClientBuilder callTimeout(Duration timeout) {
        timeouts = new Timeouts(timeouts.connect(), timeouts.read(), checked("call_timeout", timeout));
        return this;
    }

    public ConvexClientBuilder retryPolicy(RetryPolicy policy) {
        if (policy == null) {
            throw new InvalidInputException("retry_policy", null, "a RetryPolicy, e.g. RetryPolicy.defaults()");
        }
        this.retryPolicy = policy;
        return this;
    }

    /** Told of every retry before its wait (e.g. to print {@link RetryNotice#line()}); by default nobody is. */
    public ConvexClientBuilder onRetry(Consumer<RetryNotice> listener) {
        if (listener == null) {
            throw new InvalidInputException("on_retry", null, "a listener, e.g. notice -> log(notice.line())");
        }
        this.onRetry = listener;
        return this;
    }

    /** A client to derive from (its pool, proxy and TLS settings are kept), e.g. Jenkins' proxy-aware one. */
    public ConvexClientBuilder httpClient(OkHttpClient base) {
        this.httpClient = base;
        return this;
    }

    /** Appended to {@code convex-preview-client/<version>} in the User-Agent, e.g. {@code jenkins-plugin/1.0}. */
    public ConvexClientBuilder userAgent(String suffix) {
        if (suffix != null && (suffix.isBlank() || suffix.chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
            throw new InvalidInputException("user_agent", suffix, "printable ASCII text");
        }
        this.userAgentSuffix = suffix == null ? null : suffix.strip();
        return this;
    }

    public ConvexClient build() {
        if (token == null) {
            throw new InvalidInputException("token", null, "an API token, ApiToken.of(secret)");
        }
        ApiDialect resolved = dialect.resolveFor(baseUrl);
        WireDialect wire = WireDialects.of(resolved);
        OkHttpClient okHttp = httpClient == null
                ? SharedHttpClients.forBaseUrl(baseUrl, timeouts)
                : SharedHttpClients.fromBase(httpClient, timeouts);
        String userAgent = ClientVersion.userAgent() + (userAgentSuffix == null ? "" : " " + userAgentSuffix);
        HttpTransport transport = new HttpTransport(okHttp, baseUrl, "Bearer", token, userAgent, retryPolicy, onRetry);
        return new DefaultConvexClient(wire, transport, "ConvexClient[" + baseUrl.scheme() + "://" + baseUrl.host() + ":"
                + baseUrl.port() + baseUrl.encodedPath() + ", dialect=" + resolved + "]");
    }

    private static Duration checked(String field, Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new InvalidInputException(field, String.valueOf(timeout), "a duration of zero (none) or more");
        }
        return timeout;
    }
}
