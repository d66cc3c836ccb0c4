package io.jenkins.plugins.convex.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.convex.client.error.ConvexApiException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.error.NetworkException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The token never shows in an exception message, a stack trace text or a toString. */
class SecretHygieneTest extends EmulatorTestBase {

    private static void assertNoToken(String secret, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(secret), "the token leaked: " + trace);
    }

    @Test
    void anApiTokenPrintsAsStars() {
        assertEquals("****", ApiToken.of(TOKEN).toString());
    }

    @Test
    void theClientsToStringHasNoToken() {
        assertFalse(client.toString().contains(TOKEN), client.toString());
    }

    @Test
    void aRejectedTokenIsNotInTheException() {
        String wrong = "wrong-token-ab12cd34ef";
        ConvexApiException e = assertThrows(ConvexApiException.class, () -> clientWith(wrong, fastRetries(1)).listProjects(TEAM));
        assertNoToken(wrong, e);
    }

    @Test
    void serverErrorsAndNotFoundCarryNoToken() {
        faults.status("GET", "list_projects", 503, -1);
        assertNoToken(TOKEN, assertThrows(ConvexApiException.class, () -> client.listProjects(TEAM)));
        assertNoToken(TOKEN, assertThrows(ConvexApiException.class, () -> client.getProject(99L)));
    }

    @Test
    void aNetworkFailureCarriesNoToken() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConvexClient nowhere = ConvexClientBuilder.forBaseUrl("http://127.0.0.1:" + port + "/v1")
                .token(ApiToken.of(TOKEN)).retryPolicy(fastRetries(1)).build();
        assertNoToken(TOKEN, assertThrows(NetworkException.class, () -> nowhere.listProjects(TEAM)));
    }

    @Test
    void aServerEchoingTheTokenIsRedacted() throws IOException {
        String secret = "echoed-secret-9z8y7x";
        try (RecordingServer server = new RecordingServer()) {
            server.answer(400, "{\"code\":\"Bad\",\"message\":\"token " + secret + " is malformed\"}");

            ConvexApiException e = assertThrows(ConvexApiException.class, () -> server.client(secret).listProjects(1L));

            assertNoToken(secret, e);
            assertEquals("token **** is malformed", e.serverMessage());
        }
    }

    @Test
    void aBlankTokenIsRefusedWithoutEchoingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ApiToken.of("   "));
        assertEquals("token", e.field());
    }
}
