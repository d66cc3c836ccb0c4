package io.jenkins.plugins.convex.freestyle;

import hudson.AbortException;
import hudson.model.AbstractBuild;
import hudson.model.Run;

/**
 * The freestyle wrapper and builders are for freestyle jobs only. Their symbols exist for Job DSL and
 * Configuration as Code; in a Pipeline each has its own step (which masks secrets and survives
 * restarts), so a Pipeline use is refused, before any request, with the name of that step.
 */
public final class FreestyleOnly {

    private FreestyleOnly() {
    }

    /**
     * @param what         the wrapper's or builder's display name
     * @param pipelineStep the Pipeline step to use instead, e.g. {@code withConvexPreview(projectId: ...) { ... }}
     */
    public static void require(Run<?, ?> run, String what, String pipelineStep) throws AbortException {
        if (!(run instanceof AbstractBuild)) {
            throw new AbortException("[convex] \"" + what + "\" is for freestyle jobs; in a Pipeline use " + pipelineStep);
        }
    }
}
