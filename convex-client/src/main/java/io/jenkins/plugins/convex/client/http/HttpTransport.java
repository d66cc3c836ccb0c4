package io.jenkins.plugins.convex.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.RetryNotice;
import io.jenkins.plugins.convex.client.RetryPolicy;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.NetworkException;
import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.client.error.UnexpectedResponseException;
import io.jenkins.plugins.convex.client.wire.CallKind;
import io.jenkins.plugins.convex.client.wire.WireRequest;
import io.jenkins.plugins.convex.client.wire.WireTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a dialect's requests with OkHttp: authentication, headers, retries by call kind
 * ({@link RetryRules}) with the {@link RetryPolicy}'s backoff, and error mapping
 * ({@link ErrorResponses}).
 */
public final class HttpTransport implements WireTransport {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final byte[] NO_BYTES = new byte[0];

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final ApiToken token;
    private final String authScheme;
    private final String userAgent;
    private final RetryPolicy retryPolicy;
    private final ObjectMapper json = new ObjectMapper();
    private final ErrorResponses errors;
    private final Consumer<RetryNotice> onRetry;

    public HttpTransport(OkHttpClient client, HttpUrl baseUrl, ApiToken token, String userAgent, RetryPolicy retryPolicy) {
        this(client, baseUrl, "Bearer", token, userAgent, retryPolicy);
    }

    /** {@code authScheme}: {@code Bearer} for the Management API, {@code Convex} (a deploy key) for a deployment's API. */
    public HttpTransport(OkHttpClient client, HttpUrl baseUrl, String authScheme, ApiToken token, String userAgent, RetryPolicy retryPolicy) {
        this(client, baseUrl, authScheme, token, userAgent, retryPolicy, notice -> { });
    }

    /** The same, with {@code onRetry} told of each retry before its wait. */
    public HttpTransport(OkHttpClient client, HttpUrl baseUrl, String authScheme, ApiToken token, String userAgent, RetryPolicy retryPolicy,
            Consumer<RetryNotice> onRetry) {
        this.onRetry = onRetry;
        this.client = client;
        this.baseUrl = baseUrl;
        this.authScheme = authScheme;
        this.token = token;
        this.userAgent = userAgent;
        this.retryPolicy = retryPolicy;
        this.errors = new ErrorResponses(json, token, baseUrl);
    }

    @Override
    public JsonNode send(WireRequest request) {
        Request http = toHttp(request);
        String operation = request.operation();
        CallKind kind = request.route().kind();
        for (int attempt = 1; ; attempt++) {
            ConvexApiException failure;
            boolean retryable;
            Duration retryAfter = null;
            String reason;
            try (Response response = execute(operation, http)) {
                String body = response.body().string();
                if (response.isSuccessful()) {
                    return parse(operation, response.code(), body);
                }
                if (response.code() == 404 && kind == CallKind.DELETE && attempt > 1) {
                    // An earlier attempt may have deleted it before its answer was lost: done.
                    return MissingNode.getInstance();
                }
                String retryAfterHeader = response.header("Retry-After");
                failure = errors.fromResponse(operation, response.code(), body, retryAfterHeader);
                retryable = RetryRules.retriesStatus(kind, response.code());
                reason = "HTTP " + response.code() + (failure.serverCode() == null ? "" : " " + failure.serverCode());
                retryAfter = failure instanceof RateLimitedException r ? r.retryAfter() : ErrorResponses.retryAfter(retryAfterHeader);
            } catch (IOException e) {
                failure = errors.fromFailure(operation, e);
                // An interrupted thread (an aborted Jenkins build) wants to stop, not to retry.
                retryable = !Thread.currentThread().isInterrupted() && RetryRules.retriesFailure(kind, e);
                reason = ErrorResponses.describe(e);
            }
            if (!retryable || attempt >= retryPolicy.maxAttempts()) {
                throw failure;
            }
            Duration delay = retryPolicy.delayBefore(attempt + 1, retryAfter);
            onRetry.accept(new RetryNotice(operation, attempt + 1, retryPolicy.maxAttempts(), delay, reason));
            pause(operation, delay);
        }
    }

    private Response execute(String operation, Request http) throws IOException {
        try {
            return client.newCall(http).execute();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // OkHttp is Kotlin: it can throw an undeclared InterruptedException when the thread is interrupted.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new NetworkException(operation, "interrupted while calling the API", null, e);
        }
    }

    private Request toHttp(WireRequest request) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        request.route().segments(request.pathValues()).forEach(url::addPathSegment);
        request.query().forEach(url::addQueryParameter);
        Request.Builder builder = new Request.Builder()
                .url(url.build())
                .header("Authorization", authScheme + " " + token.secret())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        String method = request.route().method();
        if (request.body() != null) {
            builder.method(method, RequestBody.create(request.body().toString().getBytes(StandardCharsets.UTF_8), JSON));
        } else if ("GET".equals(method)) {
            builder.get();
        } else {
            // A bodiless POST: OkHttp needs a body object; without a media type it sends no Content-Type.
            builder.method(method, RequestBody.create(NO_BYTES, (MediaType) null));
        }
        return builder.build();
    }

    private JsonNode parse(String operation, int status, String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UnexpectedResponseException(operation, status, "the response is not JSON");
        }
    }

    private static void pause(String operation, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException(operation, "interrupted while waiting to retry", null, e);
        }
    }
}
