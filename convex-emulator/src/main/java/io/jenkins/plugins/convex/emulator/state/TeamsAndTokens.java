package io.jenkins.plugins.convex.emulator.state;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.List;
import java.util.Optional;

/** Teams, their members and the bearer tokens that act for them; a caller only ever finds its own team. */
final class TeamsAndTokens {

    private final StateTables tables;

    TeamsAndTokens(StateTables tables) {
        this.tables = tables;
    }

    /** Adds the team if it is new (with an admin and a developer) and makes {@code token} act for it. */
    void ensureTeam(long id, String slug, String token) {
        Team existing = tables.teams.get(id);
        if (existing == null) {
            tables.teams.put(id, new Team(id, slug, slug));
            addMember(id, "admin@" + slug + ".example.com", "Ada Admin", "admin");
            addMember(id, "developer@" + slug + ".example.com", "Dev Developer", "developer");
        } else if (!existing.slug().equals(slug)) {
            throw new IllegalArgumentException("Team " + id + " already exists with slug '" + existing.slug() + "', not '" + slug + "'");
        }
        AccessToken known = tables.tokens.get(token);
        if (known != null && known.teamId() != id) {
            throw new IllegalArgumentException("The token given for team " + id + " already acts for team " + known.teamId());
        }
        if (known == null) {
            tables.tokens.put(token, new AccessToken(tables.nextId(), id, "seed", token, tables.now(), null));
        }
    }

    List<Team> all() {
        return List.copyOf(tables.teams.values());
    }

    Optional<String> firstTokenOf(long teamId) {
        return tables.tokens.values().stream().filter(t -> t.teamId() == teamId).map(AccessToken::token).findFirst();
    }

    /** The token's record, or 401 when it is unknown or expired. */
    AccessToken validToken(String bearer) {
        AccessToken token = bearer == null ? null : tables.tokens.get(bearer);
        if (token == null || (token.expiresAt() != null && token.expiresAt() <= tables.now())) {
            throw ApiError.unauthorized();
        }
        return token;
    }

    Team team(long callerTeam, long teamId) {
        if (callerTeam != teamId || !tables.teams.containsKey(teamId)) {
            throw teamNotFound(Long.toString(teamId));
        }
        return tables.teams.get(teamId);
    }

    Team teamByIdOrSlug(long callerTeam, String idOrSlug) {
        Team own = tables.teams.get(callerTeam);
        if (own == null || !(own.slug().equals(idOrSlug) || Long.toString(own.id()).equals(idOrSlug))) {
            throw teamNotFound(idOrSlug);
        }
        return own;
    }

    List<Member> members(long callerTeam, long teamId) {
        team(callerTeam, teamId);
        return tables.members.values().stream().filter(m -> m.teamId() == teamId).toList();
    }

    Created<AccessToken> createAccessToken(long callerTeam, long teamId, String name, Long expiresAt) {
        team(callerTeam, teamId);
        String secret = "emu_" + Secrets.random(24);
        AccessToken token = new AccessToken(tables.nextId(), teamId, name, secret, tables.now(), expiresAt);
        tables.tokens.put(secret, token);
        return new Created<>(token, secret);
    }

    List<AccessToken> tokensOf(long callerTeam, long teamId) {
        team(callerTeam, teamId);
        return tables.tokens.values().stream().filter(t -> t.teamId() == teamId).toList();
    }

    /** Deletes the team's tokens with that id, name or value; 404 when none. */
    void deleteAccessToken(long callerTeam, long teamId, String idNameOrValue) {
        team(callerTeam, teamId);
        boolean removed = tables.tokens.values().removeIf(t -> t.teamId() == teamId && (Long.toString(t.id()).equals(idNameOrValue)
                || t.name().equals(idNameOrValue) || t.token().equals(idNameOrValue)));
        if (!removed) {
            throw ApiError.notFound("AccessTokenNotFound", "No access token with that id, name or value in team " + teamId);
        }
    }

    private void addMember(long teamId, String email, String name, String role) {
        long id = tables.nextId();
        tables.members.put(id, new Member(id, teamId, email, name, role));
    }

    private static ApiError teamNotFound(String team) {
        return ApiError.notFound("TeamNotFound", "Team '" + team + "' not found");
    }
}
