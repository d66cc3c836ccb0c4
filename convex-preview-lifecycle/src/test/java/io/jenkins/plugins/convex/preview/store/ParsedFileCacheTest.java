package io.jenkins.plugins.convex.preview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedFileCacheTest {

    @TempDir
    Path dir;

    @Test
    void theRememberedParseServesWhileTheFileIsUnchangedAndNotAfterAnotherWriterChangedIt() throws Exception {
        Path file = Files.writeString(dir.resolve("state.json"), "{\"version\":1}");
        ParsedFileCache<List<String>> cache = new ParsedFileCache<>();
        List<String> parsed = List.of("first");

        assertNull(cache.ifUnchanged(file), "nothing remembered yet");
        cache.remember(file, parsed);
        assertSame(parsed, cache.ifUnchanged(file));

        Files.writeString(file, "{\"version\":1,\"x\":2}");
        assertNull(cache.ifUnchanged(file), "another size");

        cache.remember(file, parsed);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertNull(cache.ifUnchanged(file), "another modification time");

        Files.delete(file);
        assertNull(cache.ifUnchanged(file), "a file that is gone");
        cache.remember(file, parsed);
        assertNull(cache.ifUnchanged(file));
        assertEquals(List.of("first"), parsed);
    }
}
