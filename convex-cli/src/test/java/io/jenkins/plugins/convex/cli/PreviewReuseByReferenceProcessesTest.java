package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the platform dialect a preview's identity lives on the server (its reference), so two
 * command-line processes with separate state files (two machines) share one preview, against one
 * standalone emulator process.
 */
class PreviewReuseByReferenceProcessesTest {

    private static final String TOKEN = "reuse-by-reference-token";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v1)");

    @TempDir
    Path dir;

    Process emulator;
    String baseUrl;
    Path tokenFile;
    String projectId;

    @BeforeEach
    void startStandaloneEmulator() throws Exception {
        emulator = new ProcessBuilder(javaCommand("emulator", "--api-dialect", "platform", "--port", "0", "--demo",
                "--team", "1:demo-team:" + TOKEN)).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (baseUrl == null && (line = lines.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                baseUrl = m.group(1);
            }
        }
        assertTrue(baseUrl != null, "the emulator printed its URL");
        tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
        projectId = run(List.of("get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo"), "none").get("id").asText();
    }

    @AfterEach
    void stopEmulator() throws Exception {
        emulator.destroy();
        emulator.waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void aSecondMachineWithItsOwnStateFileReusesTheFirstMachinesPreview() throws Exception {
        JsonNode onA = run(previewCreate("feature/shared"), "machine-a");
        JsonNode onB = run(previewCreate("feature/shared"), "machine-b");

        assertTrue(onA.get("created").asBoolean(), onA.toString());
        assertFalse(onB.get("created").asBoolean(), onB.toString());
        assertEquals(onA.get("name").asText(), onB.get("name").asText());
        assertEquals(1, creates());
        assertTrue(Files.readString(dir.resolve("machine-b/previews.json")).contains(onA.get("name").asText()),
                "machine B's store caches what the server said");
    }

    @Test
    void twoMachinesCreatingAtOnceEndWithOnePreview() throws Exception {
        // Both creates wait two seconds at the server, so the two processes really overlap.
        Faults.inject(baseUrl, "{\"method\":\"POST\",\"path_regex\":\"create_deployment\",\"delay_ms\":2000,\"times\":-1}");
        List<Process> processes = List.of(start(previewCreate("feature/race"), "machine-a"), start(previewCreate("feature/race"), "machine-b"));
        List<JsonNode> results = new ArrayList<>();
        for (Process p : processes) {
            results.add(finish(p));
        }

        assertEquals(results.get(0).get("name").asText(), results.get(1).get("name").asText(), results.toString());
        assertEquals(1, results.stream().filter(r -> r.get("created").asBoolean()).count(), results.toString());
        JsonNode previews = run(List.of("list-deployments", "--project-id", projectId), "none");
        long count = 0;
        for (JsonNode d : previews) {
            count += d.get("deployment_type").asText().equals("preview") ? 1 : 0;
        }
        assertEquals(1, count, previews.toString());
    }

    private List<String> previewCreate(String branch) {
        return List.of("preview", "create", "--project-id", projectId, "--branch", branch);
    }

    private JsonNode run(List<String> args, String machine) throws Exception {
        return finish(start(args, machine));
    }

    /** A command-line process in its own directory (a machine), with its own state file there. */
    private Process start(List<String> args, String machine) throws Exception {
        Path home = Files.createDirectories(dir.resolve(machine));
        List<String> all = new ArrayList<>(List.of("--api-url", baseUrl, "--token-file", tokenFile.toString(), "--api-dialect", "platform", "--json"));
        all.addAll(args);
        if (args.get(0).equals("preview")) {
            all.addAll(List.of("--state-file", home.resolve("previews.json").toString()));
        }
        return new ProcessBuilder(javaCommand(all.toArray(String[]::new))).directory(home.toFile())
                .redirectError(home.resolve("err.txt").toFile()).start();
    }

    private static JsonNode finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process finished");
        assertEquals(0, p.exitValue(), () -> "stdout: " + out);
        return new ObjectMapper().readTree(out);
    }

    private long creates() throws Exception {
        String log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl.replaceFirst("/v1$", "") + "/_emulator/requests")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long n = 0;
        for (JsonNode r : new ObjectMapper().readTree(log)) {
            n += r.get("method").asText().equals("POST") && r.get("path").asText().endsWith("/create_deployment") ? 1 : 0;
        }
        return n;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
