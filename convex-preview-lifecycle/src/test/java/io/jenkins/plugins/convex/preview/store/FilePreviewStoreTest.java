package io.jenkins.plugins.convex.preview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePreviewStoreTest extends PreviewStoreContract {

    @TempDir
    Path dir;

    Path file() {
        return dir.resolve(".convex").resolve("previews.json");
    }

    @Override
    PreviewStore newStore(MutableClock clock) {
        return new FilePreviewStore(file(), clock);
    }

    @Test
    void anotherInstanceOnTheSameFileSeesTheRecords() {
        createThrough(LOGIN, "happy-otter-123", "me@host");
        PreviewStore other = new FilePreviewStore(file(), clock);
        assertEquals("happy-otter-123", other.find(PROJECT, LOGIN).orElseThrow().deploymentName());
    }

    @Test
    void reservationsAreSharedThroughTheFile() {
        store.claim(claimOf(LOGIN, "first"));
        PreviewStore other = new FilePreviewStore(file(), clock);
        assertTrue(other.claim(claimOf(LOGIN, "second")) instanceof Claim.Busy);
    }

    @Test
    void claimThatFindsARecordLeavesTheFileUntouched() throws Exception {
        createThrough(LOGIN, "happy-otter-123", "a");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(file());
        Object key = Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Thread.sleep(20);
        store.claim(claimOf(LOGIN, "b"));
        assertEquals(written, Files.getLastModifiedTime(file()));
        assertEquals(key, Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }

    @Test
    void corruptFileIsReportedNamingIt() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{not json");
        PreviewStoreException e = assertThrows(PreviewStoreException.class, () -> store.list(PROJECT));
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
    }

    @Test
    void writingLeavesNoTemporaryFilesBehind() throws Exception {
        createThrough(LOGIN, "happy-otter-123", "a");
        createThrough(PreviewIdentity.ofBranch("other"), "other-otter-1", "a");
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertEquals(List.of("previews.json", "previews.json.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void concurrentClaimsFromSeveralProcessesReserveExactlyOnce() throws Exception {
        long startAt = System.currentTimeMillis() + 3_000;
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(JavaProcess.start(StoreClaimMain.class, file().toString(), Long.toString(startAt), "process-" + i));
        }
        List<String> answers = new ArrayList<>();
        for (Process p : processes) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "claim process did not finish");
            answers.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        assertEquals(1, answers.stream().filter("Reserved"::equals).count(), answers.toString());
        assertEquals(3, answers.stream().filter("Busy"::equals).count(), answers.toString());
    }

    @Test
    void storeKilledMidWriteStillLoadsItsLastGoodState() throws Exception {
        for (int round = 0; round < 3; round++) {
            Process writer = JavaProcess.start(StoreWriterMain.class, file().toString());
            int acknowledged = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                // Let it complete some writes, then kill it at an arbitrary point of the next one.
                int target = 5 + round * 3;
                String line;
                while (acknowledged < target && (line = out.readLine()) != null) {
                    acknowledged = Integer.parseInt(line.trim());
                }
                Thread.sleep(round * 7L);
                writer.destroyForcibly();
                assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            }
            List<PreviewRecord> after = new FilePreviewStore(file(), clock).listAll();
            // The writer counts from branch-0 each round, so every acknowledged identity must be there.
            assertTrue(after.size() >= acknowledged, "acknowledged writes lost: " + after.size() + " < " + acknowledged);
            for (PreviewRecord r : after) {
                assertEquals(20_000, r.attributes().get("padding").length(), "a record was cut");
            }
        }
        // The lock died with the process and a temp file it left is cleaned by the next writer.
        createThrough(LOGIN, "happy-otter-123", "a");
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }
}
