package io.jenkins.plugins.convex.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import hudson.AbortException;
import io.jenkins.plugins.convex.client.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Errors name the step parameter as the user wrote it. */
class StepErrorsTest {

    @Test
    void contractFieldsBecomeCamelCaseParameters() {
        assertEquals("deploymentClass", StepErrors.parameterName("deployment_class"));
        assertEquals("projectId", StepErrors.parameterName("project_id"));
        assertEquals("CHANGE_ID", StepErrors.parameterName("pr"));
    }

    @Test
    void anInvalidInputBecomesAnAbortNamingParameterValueAndAllowed() {
        Exception e = StepErrors.explain("convexCreatePreview", new InvalidInputException("deployment_class", "xl", "one of s16, s256, d1024"));
        assertInstanceOf(AbortException.class, e);
        assertEquals("[convex] convexCreatePreview: deploymentClass: 'xl' is not allowed; allowed: one of s16, s256, d1024", e.getMessage());
    }

    @Test
    void unexpectedExceptionsAreLeftAsTheyAre() {
        NullPointerException npe = new NullPointerException("bug");
        assertFalse(StepErrors.explain("x", npe) instanceof AbortException);
    }
}
