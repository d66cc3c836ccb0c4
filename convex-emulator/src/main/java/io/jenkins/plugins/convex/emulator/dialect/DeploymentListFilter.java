package io.jenkins.plugins.convex.emulator.dialect;

import io.jenkins.plugins.convex.emulator.http.ApiRequest;
import io.jenkins.plugins.convex.emulator.state.Deployment;
import io.jenkins.plugins.convex.emulator.state.EmulatorState;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The live service's filters and order for deployment listings, read and checked from the query
 * string before anything is looked up, so a bad parameter is refused whatever the listing.
 */
final class DeploymentListFilter {

    private static final Comparator<Deployment> OLDEST_FIRST =
            Comparator.comparingLong(Deployment::createTime).thenComparingLong(Deployment::id);

    private final EmulatorState state;
    private final String type;
    private final Boolean isDefault;
    private final Long projectId;
    private final Long creator;
    private final String q;
    /** Null keeps the stored order. */
    private final Comparator<Deployment> order;

    private DeploymentListFilter(EmulatorState state, String type, Boolean isDefault, Long projectId, Long creator, String q,
            Comparator<Deployment> order) {
        this.state = state;
        this.type = type;
        this.isDefault = isDefault;
        this.projectId = projectId;
        this.creator = creator;
        this.q = q;
        this.order = order;
    }

    /** list_deployments of a project: by type and default flag ({@code includeLocal} is checked; there are no local ones). */
    static DeploymentListFilter forProject(EmulatorState state, ApiRequest request) {
        String type = QueryParams.oneOf(request, "deploymentType", PlatformDialect.DEPLOYMENT_TYPES);
        Boolean isDefault = QueryParams.bool(request, "isDefault");
        QueryParams.bool(request, "includeLocal");
        return new DeploymentListFilter(state, type, isDefault, null, null, null, null);
    }

    /** list_deployments of a team: also by project, creator and search text, sorted as asked (oldest first by default). */
    static DeploymentListFilter forTeam(EmulatorState state, ApiRequest request) {
        String type = QueryParams.oneOf(request, "deploymentType", PlatformDialect.DEPLOYMENT_TYPES);
        Boolean isDefault = QueryParams.bool(request, "isDefault");
        Long projectId = QueryParams.number(request, "projectId");
        Long creator = QueryParams.number(request, "creator");
        String q = request.query("q");
        String sortBy = QueryParams.oneOf(request, "sortBy", List.of("createTime", "lastDeployTime", "reference"));
        String sortOrder = QueryParams.oneOf(request, "sortOrder", List.of("asc", "desc"));
        Comparator<Deployment> order = "reference".equals(sortBy) ? Comparator.comparing(Deployment::reference) : OLDEST_FIRST;
        return new DeploymentListFilter(state, type, isDefault, projectId, creator, q, "desc".equals(sortOrder) ? order.reversed() : order);
    }

    List<Deployment> apply(List<Deployment> deployments) {
        Stream<Deployment> kept = deployments.stream()
                .filter(d -> type == null || d.isOfType(type))
                .filter(d -> isDefault == null || state.isDefault(d) == isDefault)
                .filter(d -> projectId == null || d.projectId() == projectId)
                .filter(d -> creator == null || creator.equals(d.creator()))
                .filter(d -> QueryParams.searchMatches(q, d.name(), d.reference()));
        return (order == null ? kept : kept.sorted(order)).toList();
    }
}
