package io.jenkins.plugins.convex.preview;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.Validation;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link PreviewLifecycle#createOrReuse} should do. Build with {@link #builder(long, PreviewIdentity)}.
 *
 * @param projectId       the project (int64)
 * @param identity        the branch's or pull request's identity
 * @param region          region of a new deployment (default {@code aws-us-east-1})
 * @param deploymentClass class of a new deployment, or null for the server's default
 * @param recreate        delete the identity's deployment and create a new one (data is lost)
 * @param deployKeyLabel  non-null to create a deploy key named {@code <identity>/<label>}
 * @param creator         recorded as the preview's creator (job full name, {@code user@host})
 * @param attributes      extra data for the store record (never secrets)
 * @param deployKeyLifetime with a deploy key: it expires this long after its creation (platform dialect
 *                        only, refused on the spec's before any request); null: no expiry
 */
public record CreatePreviewRequest(
        long projectId,
        PreviewIdentity identity,
        Region region,
        DeploymentClass deploymentClass,
        boolean recreate,
        String deployKeyLabel,
        String creator,
        Map<String, String> attributes,
        Duration deployKeyLifetime) {

    public static final Region DEFAULT_REGION = Region.AWS_US_EAST_1;

    public CreatePreviewRequest {
        Validation.requirePositiveId("project_id", projectId);
        Objects.requireNonNull(identity, "identity");
        region = region == null ? DEFAULT_REGION : region;
        if (deployKeyLabel != null) {
            Validation.requireNonBlank("key_name", deployKeyLabel);
        }
        creator = creator == null ? "" : creator;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (deployKeyLifetime != null) {
            if (deployKeyLabel == null) {
                throw new InvalidInputException("key_expires_in", deployKeyLifetime.toString(), "only together with a deploy key");
            }
            if (deployKeyLifetime.isNegative() || deployKeyLifetime.isZero()) {
                throw new InvalidInputException("key_expires_in", deployKeyLifetime.toString(), "a positive duration");
            }
        }
    }

    public static Builder builder(long projectId, PreviewIdentity identity) {
        return new Builder(projectId, identity);
    }

    /** True when a deploy key was asked for. */
    public boolean wantsDeployKey() {
        return deployKeyLabel != null;
    }

    public static final class Builder {
        private final long projectId;
        private final PreviewIdentity identity;
        private Region region;
        private DeploymentClass deploymentClass;
        private boolean recreate;
        private String deployKeyLabel;
        private String creator;
        private Duration deployKeyLifetime;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(long projectId, PreviewIdentity identity) {
            this.projectId = projectId;
            this.identity = identity;
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder deploymentClass(DeploymentClass deploymentClass) {
            this.deploymentClass = deploymentClass;
            return this;
        }

        public Builder recreate(boolean recreate) {
            this.recreate = recreate;
            return this;
        }

        /** Also create a deploy key named {@code <identity>/<label>} (e.g. a build number). */
        public Builder deployKey(String label) {
            this.deployKeyLabel = label;
            return this;
        }

        /** With {@link #deployKey}: the key expires this long after its creation (platform dialect only). */
        public Builder deployKeyLifetime(Duration lifetime) {
            this.deployKeyLifetime = lifetime;
            return this;
        }

        public Builder creator(String creator) {
            this.creator = creator;
            return this;
        }

        public Builder attribute(String name, String value) {
            this.attributes.put(name, value);
            return this;
        }

        public Builder attributes(Map<String, String> attributes) {
            this.attributes.putAll(attributes);
            return this;
        }

        public CreatePreviewRequest build() {
            return new CreatePreviewRequest(projectId, identity, region, deploymentClass, recreate, deployKeyLabel, creator, attributes, deployKeyLifetime);
        }
    }
}
