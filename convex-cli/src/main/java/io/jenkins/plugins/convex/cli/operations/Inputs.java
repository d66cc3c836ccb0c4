package io.jenkins.plugins.convex.cli.operations;

import io.jenkins.plugins.convex.client.model.DeploymentClass;
import io.jenkins.plugins.convex.client.model.Region;
import io.jenkins.plugins.convex.client.model.Validation;

/** Parsing of option values; failures name the contract's field, which names the option. */
final class Inputs {

    private Inputs() {
    }

    static long id(String field, String text) {
        return Validation.parseId(field, text);
    }

    static String deploymentName(String text) {
        Validation.requireDeploymentName("deployment_name", text);
        return text;
    }

    static Region region(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Region.of(text);
        } catch (io.jenkins.plugins.convex.client.error.InvalidInputException e) {
            // Region.of names the field "region"; createProject calls it deployment_region.
            throw new io.jenkins.plugins.convex.client.error.InvalidInputException(field, text, e.allowed());
        }
    }

    static DeploymentClass deploymentClass(String text) {
        return text == null ? null : DeploymentClass.of(text);
    }
}
