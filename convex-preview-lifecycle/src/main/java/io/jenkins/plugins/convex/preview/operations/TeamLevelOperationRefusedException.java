package io.jenkins.plugins.convex.preview.operations;

/**
 * A team-level operation (deleting a project, creating an access token) was asked for from a
 * pipeline while the administrator has not allowed it: any Jenkinsfile, a fork's pull request
 * included, can call steps.
 */
public class TeamLevelOperationRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TeamLevelOperationRefusedException(String operation) {
        super(operation + " is a team-level operation and is refused: an administrator must enable "
                + "\"Allow team-level operations from pipelines\" in Manage Jenkins > System > Convex "
                + "(and should scope the team token credentials to the folders that need it)");
    }

    /** Fails unless {@code allowed}. */
    public static void requireAllowed(boolean allowed, String operation) {
        if (!allowed) {
            throw new TeamLevelOperationRefusedException(operation);
        }
    }
}
