package io.jenkins.plugins.convex.client.model;

/** Body of createAccessToken: a name, required and not blank. */
public record CreateAccessTokenRequest(String name) {

    public CreateAccessTokenRequest {
        Validation.requireNonBlank("name", name);
    }
}
