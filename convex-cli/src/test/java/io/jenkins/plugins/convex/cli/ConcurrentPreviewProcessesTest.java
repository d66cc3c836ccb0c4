package io.jenkins.plugins.convex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.convex.emulator.ConvexEmulator;
import io.jenkins.plugins.convex.emulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two command-line processes create the same branch's preview at once, sharing one state file and
 * one emulator: exactly one deployment is created, and both print it.
 */
class ConcurrentPreviewProcessesTest {

    private static final String TOKEN = "concurrency-test-token";

    @TempDir
    Path dir;

    @Test
    void twoProcessesCreatingOneBranchesPreviewMakeOneDeployment() throws Exception {
        try (ConvexEmulator emulator = ConvexEmulator.builder().port(0).team(1L, "demo-team", TOKEN).demo(true).build()) {
            emulator.start();
            Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
            String project = new CliRun(dir).run("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString(), "--json",
                    "get-project-by-slug", "--team-id-or-slug", "1", "--project-slug", "demo").json().get("id").asText();
            emulator.clearRequests();
            // A slow create keeps the first process inside its reservation while the second one starts,
            // so the two really overlap instead of running one after the other.
            Faults.inject(emulator.baseUrl(), "{\"method\":\"POST\",\"path_regex\":\"create_cloud\",\"delay_ms\":3000,\"times\":-1}");

            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                processes.add(new ProcessBuilder(javaCommand("--api-url", emulator.baseUrl(), "--token-file", tokenFile.toString(),
                        "preview", "create", "--project-id", project, "--branch", "feature/race",
                        "--state-file", dir.resolve("previews.json").toString(), "--json"))
                        .directory(dir.toFile())
                        .redirectError(dir.resolve("err-" + i + ".txt").toFile())
                        .start());
            }
            List<JsonNode> results = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process finished");
                String err = Files.readString(dir.resolve("err-" + i + ".txt"));
                assertEquals(0, p.exitValue(), () -> "stdout: " + out + "\nstderr: " + err);
                results.add(new ObjectMapper().readTree(out));
            }

            long creates = emulator.requests().stream().filter(ConcurrentPreviewProcessesTest::isCreate).count();
            assertEquals(1, creates, () -> "requests: " + emulator.requests());
            assertEquals(results.get(0).get("name").asText(), results.get(1).get("name").asText());
            assertEquals(1, results.stream().filter(r -> r.get("created").asBoolean()).count(), results.toString());
        }
    }

    private static boolean isCreate(RecordedRequest r) {
        return r.method().equals("POST") && r.path().endsWith("/deployments/create_cloud");
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
