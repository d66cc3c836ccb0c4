package io.jenkins.plugins.convex.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import org.junit.jupiter.api.Test;

/** Which identity a build's preview gets from the step's branch and Jenkins' variables (no Jenkins needed). */
class PreviewSourceTest {

    @Test
    void theBranchParameterWinsOverJenkinsVariables() {
        assertEquals("feature/login", PreviewSource.identity("origin/feature/login", "12", "PR-12", null).value());
    }

    @Test
    void aPullRequestIsNamedAfterItsNumberNotItsBranchName() {
        assertEquals("pr-12", PreviewSource.identity(null, "12", "PR-12", null).value());
    }

    @Test
    void aMultibranchBranchUsesBranchName() {
        assertEquals("feature/login", PreviewSource.identity(null, null, "feature/login", null).value());
    }

    @Test
    void aNamespacePrefixesTheIdentity() {
        assertEquals("web/feature/login", PreviewSource.identity("feature/login", null, null, "web").value());
    }

    @Test
    void anUnexpandedVariableIsRefusedNamingTheBranchParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PreviewSource.identity("${GIT_BRANCH}", null, null, null));
        assertEquals("branch", e.field());
        assertEquals("${GIT_BRANCH}", e.value());
    }

    @Test
    void noBranchAtAllIsRefusedWithAHint() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PreviewSource.identity(null, null, null, null));
        assertEquals("branch", e.field());
        assertTrue(e.allowed().contains("BRANCH_NAME"));
    }

    @Test
    void anEphemeralIdentityCarriesTheBuildNumberAndTheBlock() {
        assertEquals("feature/login-b7-k3x9a", PreviewSource.ephemeral(PreviewIdentity.ofBranch("feature/login"), 7, "k3x9a").value());
    }

    @Test
    void twoBlocksOfOneBuildGetDifferentIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = PreviewSource.newBlockId();
            assertTrue(id.matches("[a-z0-9]{5}"), id);
            ids.add(id);
        }
        assertTrue(ids.size() > 990, "ids repeat too often: " + ids.size() + " distinct of 1000");
    }

    @Test
    void anEphemeralIdentityOfALongBranchStaysWithinTheLimit() {
        PreviewIdentity longest = PreviewIdentity.ofBranch("x".repeat(200));
        PreviewIdentity ephemeral = PreviewSource.ephemeral(longest, 12345, "abcde");
        assertTrue(ephemeral.value().length() <= PreviewIdentity.MAX_LENGTH, ephemeral.value());
    }
}
