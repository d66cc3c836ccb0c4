package io.jenkins.plugins.convex.steps.operations;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import io.jenkins.plugins.convex.config.ConvexGlobalConfiguration;
import org.kohsuke.stapler.DataBoundSetter;

/** An operation step on a team: its optional {@code teamId}, else the global default team. */
public abstract class TeamOperationStep extends ConvexOperationStep {

    private String teamId;

    public @CheckForNull String getTeamId() {
        return teamId;
    }

    @DataBoundSetter
    public void setTeamId(String teamId) {
        this.teamId = Util.fixEmptyAndTrim(teamId);
    }

    /** The step's team, else the global default; fails naming {@code teamId} when neither is a valid id. */
    protected long team(@NonNull ConvexGlobalConfiguration config) {
        return team(teamId, config);
    }
}
