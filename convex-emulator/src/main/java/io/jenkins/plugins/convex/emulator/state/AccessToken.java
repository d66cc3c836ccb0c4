package io.jenkins.plugins.convex.emulator.state;

/**
 * A bearer token that acts for one team: the tokens a team is seeded with and those made by
 * createAccessToken. {@code expiresAt} is epoch milliseconds or null.
 */
public record AccessToken(long id, long teamId, String name, String token, long createTime, Long expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[id=" + id + ", teamId=" + teamId + ", name=" + name + ", token=****]";
    }
}
