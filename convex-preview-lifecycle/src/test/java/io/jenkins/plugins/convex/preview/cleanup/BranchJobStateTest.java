package io.jenkins.plugins.convex.preview.cleanup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BranchJobStateTest {

    @Test
    void aDeletedJobsPreviewsAlwaysGo() {
        assertTrue(BranchJobState.JOB_DELETED.previewsShouldGo(false));
        assertTrue(BranchJobState.JOB_DELETED.previewsShouldGo(true));
    }

    @Test
    void aDeadBranchWhoseJobIsKeptLosesItsPreviewsOnlyWhenTheAdministratorAskedForIt() {
        assertFalse(BranchJobState.BRANCH_GONE_JOB_KEPT.previewsShouldGo(false));
        assertTrue(BranchJobState.BRANCH_GONE_JOB_KEPT.previewsShouldGo(true));
    }

    @Test
    void anActiveBranchKeepsItsPreviews() {
        assertFalse(BranchJobState.ACTIVE.previewsShouldGo(true));
    }
}
