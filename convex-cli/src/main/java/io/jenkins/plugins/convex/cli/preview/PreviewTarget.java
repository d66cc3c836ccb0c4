package io.jenkins.plugins.convex.cli.preview;

import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import picocli.CommandLine.Option;

/** {@code --branch} or {@code --pr} (exactly one), with an optional {@code --namespace}. */
final class PreviewTarget {

    @Option(names = "--branch", paramLabel = "BRANCH", description = "The branch (refs/heads/ and origin/ are dropped).")
    String branch;

    @Option(names = "--pr", paramLabel = "N", description = "The pull request number (identity pr-N).")
    String pr;

    /** The identity, failing (field branch or pr) when the value cannot make one. */
    static PreviewIdentity identity(String branch, String pr, String namespace) {
        return branch != null ? PreviewIdentity.ofBranch(branch, namespace) : PreviewIdentity.ofPullRequest(pr, namespace);
    }

    PreviewIdentity identity(String namespace) {
        return identity(branch, pr, namespace);
    }
}
