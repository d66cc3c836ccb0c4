package io.jenkins.plugins.convex.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.convex.client.ApiToken;
import io.jenkins.plugins.convex.client.error.BadRequestException;
import io.jenkins.plugins.convex.client.error.ConflictException;
import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.ForbiddenException;
import io.jenkins.plugins.convex.client.error.NetworkException;
import io.jenkins.plugins.convex.client.error.NotFoundException;
import io.jenkins.plugins.convex.client.error.RateLimitedException;
import io.jenkins.plugins.convex.client.error.ServerErrorException;
import io.jenkins.plugins.convex.client.error.UnauthorizedException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Turns an error answer or a network failure into the exception hierarchy, with the server's
 * {@code {"code","message"}} and a hint. Every text taken from outside is redacted of the token.
 */
final class ErrorResponses {

    static final String HINT_UNAUTHORIZED = "check the token / credentials";
    static final String HINT_FORBIDDEN = "the token is valid but may not do this: check that the credentials belong to this team and have the needed role";
    static final String HINT_QUOTA = "delete unused preview deployments, e.g. with `preview sweep`";
    static final String HINT_NETWORK = "check the API URL";
    static final String HINT_CLOSED = "the server was reached but failed or restarted mid-request; try again";
    private static final int MAX_MESSAGE = 500;

    private final ObjectMapper json;
    private final ApiToken token;
    private final String server;

    ErrorResponses(ObjectMapper json, ApiToken token, HttpUrl baseUrl) {
        this.json = json;
        this.token = token;
        // Scheme, host and port only: a base URL may carry user info, which is a credential.
        this.server = baseUrl.scheme() + "://" + baseUrl.host() + ":" + baseUrl.port();
    }

    ConvexApiException fromResponse(String operation, int status, String body, String retryAfterHeader) {
        String code = null;
        String message = null;
        try {
            JsonNode tree = json.readTree(body);
            if (tree != null && tree.isObject()) {
                code = textOrNull(tree.get("code"));
                message = textOrNull(tree.get("message"));
            }
        } catch (IOException e) {
            message = body == null || body.isBlank() ? null : body.strip();
        }
        code = clean(code);
        message = clean(message);
        String hint = hint(status, code, message);
        switch (status) {
            case 400: return new BadRequestException(operation, status, code, message, hint);
            case 401: return new UnauthorizedException(operation, status, code, message, hint);
            case 403: return new ForbiddenException(operation, status, code, message, hint);
            case 404: return new NotFoundException(operation, status, code, message, hint);
            case 409: return new ConflictException(operation, status, code, message, hint);
            case 429: return new RateLimitedException(operation, code, message, hint, retryAfter(retryAfterHeader));
            default:
                return status >= 500
                        ? new ServerErrorException(operation, status, code, message, hint)
                        : new ConvexApiException(operation, status, code, message, hint, null);
        }
    }

    NetworkException fromFailure(String operation, IOException failure) {
        boolean closed = closedByServer(failure);
        String what = Thread.currentThread().isInterrupted() ? "interrupted while talking to " + server
                : failure instanceof InterruptedIOException ? "timed out talking to " + server
                : closed ? server + " closed the connection without an answer" : "could not reach " + server;
        String detail = clean(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        // The cause is kept only when none of its texts could carry the secret.
        Throwable cause = mentionsToken(failure) ? null : failure;
        return new NetworkException(operation, what + " (" + detail + ")", closed ? HINT_CLOSED : HINT_NETWORK, cause);
    }

    /** Why an attempt got no answer, in a few words, for a retry's line. */
    static String describe(IOException failure) {
        if (Thread.currentThread().isInterrupted()) {
            return "interrupted";
        }
        if (closedByServer(failure)) {
            return "the server closed the connection";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        return failure instanceof InterruptedIOException ? "timed out" : failure.getClass().getSimpleName();
    }

    /**
     * The server accepted the connection and closed it without a complete answer (OkHttp's
     * "unexpected end of stream", an EOF, a reset): it was reached, so the API URL is not the question.
     */
    private static boolean closedByServer(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EOFException || message.contains("unexpected end of stream") || message.contains("connection reset")) {
                return true;
            }
        }
        return false;
    }

    /** Retry-After in seconds (the form the API uses); null when absent or in another form. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String hint(int status, String code, String message) {
        if (mentions(code, "DeploymentQuotaReached") || mentions(message, "DeploymentQuotaReached")) {
            return HINT_QUOTA;
        }
        if (status == 401) {
            return HINT_UNAUTHORIZED;
        }
        if (status == 403) {
            return HINT_FORBIDDEN;
        }
        return null;
    }

    private static boolean mentions(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    private boolean mentionsToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (token.appearsIn(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String redacted = token.redact(text.strip());
        return redacted.length() > MAX_MESSAGE ? redacted.substring(0, MAX_MESSAGE) + "..." : redacted;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
