package io.jenkins.plugins.convex.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import io.jenkins.plugins.convex.preview.store.InMemoryPreviewStore;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListTest {

    final EmulatorFixture emu = new EmulatorFixture();
    final PreviewLifecycle lifecycle = PreviewLifecycle.builder(emu.client, new InMemoryPreviewStore()).build();

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void listSaysWhetherEachStoredPreviewStillExistsOnTheServer() {
        PreviewResult alive = lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, PreviewIdentity.ofBranch("alive")).build());
        PreviewResult gone = lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, PreviewIdentity.ofBranch("gone")).build());
        emu.client.deleteDeployment(gone.name());
        List<PreviewStatus> statuses = lifecycle.list(emu.projectId);
        assertEquals(List.of("alive", "gone"), statuses.stream().map(s -> s.record().identity().value()).toList());
        assertTrue(statuses.get(0).existsOnServer());
        assertEquals(alive.url(), statuses.get(0).toMap().get("url"));
        assertFalse(statuses.get(1).existsOnServer());
        assertEquals(Boolean.FALSE, statuses.get(1).toMap().get("existsOnServer"));
    }

    @Test
    void listAsksTheServerOnceWhateverTheNumberOfPreviews() {
        for (int i = 0; i < 5; i++) {
            lifecycle.createOrReuse(CreatePreviewRequest.builder(emu.projectId, PreviewIdentity.ofBranch("branch-" + i)).build());
        }
        emu.emulator.clearRequests();
        assertEquals(5, lifecycle.list(emu.projectId).size());
        assertEquals(1, emu.emulator.requests().size());
    }
}
