package io.jenkins.plugins.convex.emulator.state;

import io.jenkins.plugins.convex.emulator.error.ApiError;
import java.util.List;

/** Custom domains routed to a deployment, one per domain and request destination (convexCloud or convexSite). */
final class CustomDomains {

    private final StateTables tables;
    private final Deployments deployments;

    CustomDomains(StateTables tables, Deployments deployments) {
        this.tables = tables;
        this.deployments = deployments;
    }

    CustomDomain create(long callerTeam, String deploymentName, String domain, String destination) {
        deployments.deployment(callerTeam, deploymentName);
        boolean taken = tables.customDomains.stream().anyMatch(c -> c.domain().equals(domain) && c.requestDestination().equals(destination));
        if (taken) {
            throw ApiError.badRequest("DomainAlreadyExists", "Custom domain '" + domain + "' already routes " + destination + " requests");
        }
        CustomDomain created = new CustomDomain(deploymentName, domain, destination, tables.now());
        tables.customDomains.add(created);
        return created;
    }

    List<CustomDomain> of(long callerTeam, String deploymentName) {
        deployments.deployment(callerTeam, deploymentName);
        return tables.customDomains.stream().filter(c -> c.deploymentName().equals(deploymentName)).toList();
    }

    /** Removes the domain from the deployment; a null destination removes it for both destinations. */
    void delete(long callerTeam, String deploymentName, String domain, String destination) {
        deployments.deployment(callerTeam, deploymentName);
        boolean removed = tables.customDomains.removeIf(c -> c.deploymentName().equals(deploymentName) && c.domain().equals(domain)
                && (destination == null || c.requestDestination().equals(destination)));
        if (!removed) {
            throw ApiError.notFound("CustomDomainNotFound", "Custom domain '" + domain + "' not found on deployment '" + deploymentName + "'");
        }
    }
}
