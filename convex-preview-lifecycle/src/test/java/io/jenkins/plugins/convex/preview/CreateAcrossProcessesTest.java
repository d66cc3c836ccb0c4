package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate processes (as separate command-line runs) sharing one server and one state file. */
class CreateAcrossProcessesTest {

    @TempDir
    Path dir;

    final EmulatorFixture emu = new EmulatorFixture();

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void concurrentCreatesOfOneIdentityFromSeveralProcessesMakeOneDeployment() throws Exception {
        Path state = dir.resolve(".convex/previews.json");
        long startAt = System.currentTimeMillis() + 4_000;
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(javaCommand(CreateFromProcessMain.class.getName(),
                    emu.emulator.baseUrl(), state.toString(), Long.toString(emu.projectId), "feature/race", Long.toString(startAt)))
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("CONVEX_TEST_TOKEN", emu.emulator.defaultToken());
            processes.add(pb.start());
        }
        List<String> lines = new ArrayList<>();
        for (Process p : processes) {
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "create process did not finish");
            assertEquals(0, p.exitValue());
            lines.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        assertEquals(1, emu.count("POST", "/deployments/create_cloud$"), lines.toString());
        assertEquals(1, lines.stream().map(l -> l.split(" ")[0]).distinct().count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.endsWith(" true")).count(), lines.toString());
    }

    static List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
