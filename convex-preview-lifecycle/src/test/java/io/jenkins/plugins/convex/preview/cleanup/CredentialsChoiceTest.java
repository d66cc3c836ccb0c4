package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsChoiceTest {

    static PendingDeletion owed(String credentialsId, String folder) {
        return new PendingDeletion("happy-otter-1", 7L, "main", "main", folder + "/main", folder, credentialsId,
                "job deleted", Instant.EPOCH, 0, null, null, null);
    }

    @Test
    void thePreviewsCredentialsAreTriedInItsFolderThenEachParentThenTheDefaultAtTheRoot() {
        assertEquals(List.of(
                new CredentialsChoice("team-token", "org/shop"),
                new CredentialsChoice("team-token", "org"),
                new CredentialsChoice("team-token", ""),
                new CredentialsChoice("default-token", "")),
                CredentialsChoice.candidates(owed("team-token", "org/shop"), "default-token"));
    }

    @Test
    void theDefaultIsNotTriedTwiceWhenItIsThePreviewsOwn() {
        assertEquals(List.of(new CredentialsChoice("convex-token", "shop"), new CredentialsChoice("convex-token", "")),
                CredentialsChoice.candidates(owed("convex-token", "shop"), "convex-token"));
    }

    @Test
    void withoutRecordedCredentialsOnlyTheDefaultIsTried() {
        assertEquals(List.of(new CredentialsChoice("default-token", "")), CredentialsChoice.candidates(owed(null, "shop"), "default-token"));
        assertEquals(List.of(), CredentialsChoice.candidates(owed(null, "shop"), null));
    }

    @Test
    void aCopySealedWhileTheFolderExistedIsTriedAfterTheFoldersAndBeforeTheDefault() {
        PendingDeletion sealed = owed("shop-token", "shop").withSealedCredentials("{AQAAABAAAAAQsealed}");
        List<CredentialsChoice> candidates = CredentialsChoice.candidates(sealed, "default-token");
        assertEquals(List.of(
                new CredentialsChoice("shop-token", "shop"),
                new CredentialsChoice("shop-token", ""),
                new CredentialsChoice("shop-token", "shop", "{AQAAABAAAAAQsealed}"),
                new CredentialsChoice("default-token", "")), candidates);
        assertEquals("credentials 'shop-token' as saved when the deletion was queued from folder shop", candidates.get(2).describe());
        assertEquals(candidates.get(2).describe(), candidates.get(2).toString(), "the sealed copy stays out of messages");
    }
}
