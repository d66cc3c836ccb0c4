package io.jenkins.plugins.convex.preview.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PreviewIdentityTest {

    @Test
    void similarBranchesKeepDistinctIdentities() {
        assertNotEquals(PreviewIdentity.ofBranch("fix/auth"), PreviewIdentity.ofBranch("fix/auth-2"));
    }

    @Test
    void caseVariantNeverTakesTheLowercaseBranchsIdentity() {
        assertNotEquals(PreviewIdentity.ofBranch("feature/login"), PreviewIdentity.ofBranch("Feature/Login"));
    }

    @Test
    void refsHeadsAndOriginPrefixesNameTheSameBranch() {
        PreviewIdentity plain = PreviewIdentity.ofBranch("feature/login");
        assertEquals(plain, PreviewIdentity.ofBranch("refs/heads/feature/login"));
        assertEquals(plain, PreviewIdentity.ofBranch("origin/feature/login"));
    }

    @Test
    void onlyOnePrefixIsDropped() {
        assertEquals("origin/x", PreviewIdentity.ofBranch("refs/heads/origin/x").value());
    }

    @Test
    void pullRequestIsPrDashNumber() {
        assertEquals("pr-7", PreviewIdentity.ofPullRequest(7, null).value());
        assertEquals("pr-7", PreviewIdentity.ofPullRequest("7", " ").value());
    }

    @Test
    void badPullRequestNumberIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PreviewIdentity.ofPullRequest("7a", null));
        assertEquals("pr", e.field());
        assertEquals("7a", e.value());
    }

    @Test
    void blankBranchIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PreviewIdentity.ofBranch("  "));
        assertEquals("branch", e.field());
    }

    @Test
    void identityNeverExceedsSixtyCharacters() {
        String longest = PreviewIdentity.ofBranch("x".repeat(500), "namespace/" + "y".repeat(100)).value();
        assertEquals(60, longest.length());
    }

    @Test
    void referenceIsPreviewSlashIdentityWithinTheLiveServicesLimits() {
        PreviewIdentity id = PreviewIdentity.ofBranch("Z".repeat(200));
        assertTrue(id.reference().startsWith("preview/"));
        assertTrue(id.reference().length() <= 100);
        assertTrue(id.reference().matches("[a-z0-9/-]{3,100}"));
    }

    @Test
    void sourceKeepsTheBranchAsGiven() {
        assertEquals("refs/heads/Feature/X", PreviewIdentity.ofBranch("refs/heads/Feature/X").source());
    }

    @Test
    void fromValueAcceptsAComputedIdentityAndRefusesOtherText() {
        assertEquals("feature/login-1ce277", PreviewIdentity.fromValue("feature/login-1ce277").value());
        assertThrows(InvalidInputException.class, () -> PreviewIdentity.fromValue("Feature/Login"));
        assertThrows(InvalidInputException.class, () -> PreviewIdentity.fromValue("-x"));
    }
}
