package io.jenkins.plugins.convex.client.model;

/** Body of createCustomDomain: a DNS name and where its requests go. */
public record CreateCustomDomainRequest(String domain, RequestDestination requestDestination) {

    public CreateCustomDomainRequest {
        Validation.requireDomain("domain", domain);
        if (requestDestination == null) {
            throw new io.jenkins.plugins.convex.client.error.InvalidInputException(
                    "request_destination", null, "one of " + WireEnum.allowed(RequestDestination.class));
        }
    }
}
