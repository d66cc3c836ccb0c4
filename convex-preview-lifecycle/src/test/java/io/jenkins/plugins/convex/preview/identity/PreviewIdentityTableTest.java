package io.jenkins.plugins.convex.preview.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the table in docs/preview-identity.md, so the docs and the code cannot drift apart. */
class PreviewIdentityTableTest {

    private static final Path TABLE = Path.of("..", "docs", "preview-identity.md");

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| branch |") && !line.startsWith("| pr |")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            rows.add(Arguments.of(cells[1].trim(), unquote(cells[2]), unquote(cells[3]), unquote(cells[4])));
        }
        return rows.stream();
    }

    private static String unquote(String cell) {
        String s = cell.trim();
        return s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    @ParameterizedTest(name = "{0} {1} (namespace {2}) -> {3}")
    @MethodSource("rows")
    void documentedExampleHolds(String kind, String input, String namespace, String expected) {
        String ns = namespace.isEmpty() ? null : namespace;
        if (expected.equals("*refused*")) {
            assertThrows(InvalidInputException.class, () -> derive(kind, input, ns));
        } else {
            assertEquals(expected, derive(kind, input, ns).value());
        }
    }

    @Test
    void tableHasEnoughRowsToMeanSomething() throws IOException {
        assertTrue(rows().count() >= 20, "the table in " + TABLE + " was not found or lost rows");
    }

    private static PreviewIdentity derive(String kind, String input, String namespace) {
        return kind.equals("pr") ? PreviewIdentity.ofPullRequest(input, namespace) : PreviewIdentity.ofBranch(input, namespace);
    }
}
