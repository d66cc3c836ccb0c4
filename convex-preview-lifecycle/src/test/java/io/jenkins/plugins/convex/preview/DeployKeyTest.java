package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.DeployKey;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.FilePreviewStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployKeyTest {

    static final PreviewIdentity LOGIN = PreviewIdentity.ofBranch("feature/login");

    @TempDir
    Path dir;

    final EmulatorFixture emu = new EmulatorFixture();

    @AfterEach
    void stop() {
        emu.close();
    }

    PreviewLifecycle lifecycle() {
        return PreviewLifecycle.builder(emu.client, new FilePreviewStore(dir.resolve("previews.json"))).build();
    }

    @Test
    void deployKeyIsNamedIdentitySlashLabelForThePreview() {
        PreviewResult r = lifecycle().createOrReuse(CreatePreviewRequest.builder(emu.projectId, LOGIN).deployKey("42").build());
        assertNotNull(r.deployKey());
        DeployKey listed = emu.client.listDeployKeys(emu.projectId).stream()
                .filter(k -> "feature/login/42".equals(k.name())).findFirst().orElseThrow();
        assertEquals(r.name(), listed.deploymentName());
    }

    @Test
    void reusedPreviewAlsoGetsAKeyWhenAsked() {
        lifecycle().createOrReuse(CreatePreviewRequest.builder(emu.projectId, LOGIN).build());
        PreviewResult again = lifecycle().createOrReuse(CreatePreviewRequest.builder(emu.projectId, LOGIN).deployKey("43").build());
        assertFalse(again.created());
        assertNotNull(again.deployKey());
    }

    @Test
    void keyIsInTheMapOnlyWhenShownAndNeverInToStringOrTheStoreFile() throws Exception {
        PreviewResult r = lifecycle().createOrReuse(CreatePreviewRequest.builder(emu.projectId, LOGIN).deployKey("42").build());
        String key = r.deployKey();
        assertEquals(key, r.toMap(true).get("deployKey"));
        assertFalse(r.toMap().containsKey("deployKey"));
        assertFalse(r.toString().contains(key));
        assertTrue(r.toString().contains("****"));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertFalse(Files.readString(f).contains(key), f + " holds the deploy key");
            }
        }
    }

    @Test
    void blankLabelIsRefusedBeforeAnyRequest() {
        emu.emulator.clearRequests();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CreatePreviewRequest.builder(emu.projectId, LOGIN).deployKey(" ").build());
        assertEquals("key_name", e.field());
        assertTrue(emu.emulator.requests().isEmpty());
    }
}
