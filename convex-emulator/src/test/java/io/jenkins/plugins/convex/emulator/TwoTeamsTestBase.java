package io.jenkins.plugins.convex.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts an emulator of the subclass's dialect with two teams for each test, and checks replies. */
abstract class TwoTeamsTestBase {

    static final String TOKEN = "team-one-token";
    static final String OTHER_TOKEN = "team-two-token";

    ConvexEmulator emulator;
    Http http;
    Http other;

    abstract EmulatorDialect dialect();

    /** Whether deployments' URLs point back at the emulator (which then serves their own API). */
    boolean localDeploymentUrls() {
        return false;
    }

    @BeforeEach
    void startEmulator() {
        emulator = ConvexEmulator.builder().dialect(dialect()).localDeploymentUrls(localDeploymentUrls())
                .team(1L, "team-one", TOKEN).team(2L, "team-two", OTHER_TOKEN).build().start();
        http = new Http(emulator, TOKEN);
        other = new Http(emulator, OTHER_TOKEN);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    static JsonNode ok(Http.Reply reply) {
        assertEquals(200, reply.status(), () -> "expected 200 but got " + reply.status() + ": " + reply.text());
        return reply.json();
    }

    /** Asserts the status and the {code, message} error body; returns the message. */
    static String error(int status, Http.Reply reply) {
        assertEquals(status, reply.status(), () -> "body: " + reply.text());
        assertNotNull(reply.json(), "an error must have a JSON body");
        assertNotNull(reply.json().get("code"), () -> "no code in " + reply.text());
        assertNotNull(reply.json().get("message"), () -> "no message in " + reply.text());
        assertEquals("application/json", reply.header("Content-Type"));
        return reply.json().get("message").asText();
    }
}
