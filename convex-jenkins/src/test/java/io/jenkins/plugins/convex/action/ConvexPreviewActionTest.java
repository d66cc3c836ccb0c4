package io.jenkins.plugins.convex.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jenkins.plugins.convex.preview.PreviewResult;
import io.jenkins.plugins.convex.preview.identity.PreviewIdentity;
import org.junit.jupiter.api.Test;

/** The build page links only to http(s) URLs, whatever the server answered. */
class ConvexPreviewActionTest {

    static ConvexPreviewAction actionFor(String url) {
        return new ConvexPreviewAction(new PreviewResult(PreviewIdentity.ofBranch("main"), 7L, "happy-otter-123", url,
                "preview", "aws-us-east-1", "s16", true, null), false);
    }

    @Test
    void httpsUrlsAreLinked() {
        ConvexPreviewAction action = actionFor("https://happy-otter-123.convex.cloud");
        assertEquals("https://happy-otter-123.convex.cloud", action.getUrl());
        assertEquals("https://happy-otter-123.convex.site", action.getSiteUrl());
        assertEquals("https://dashboard.convex.dev/d/happy-otter-123", action.getDashboardUrl());
    }

    @Test
    void aServerSuppliedUrlWithAnotherSchemeIsNotLinked() {
        assertNull(actionFor("javascript:alert(document.cookie)").getUrl());
        assertNull(actionFor("data:text/html,<script>alert(1)</script>").getUrl());
        assertNull(actionFor("not a url at all").getUrl());
        assertNull(actionFor(null).getUrl());
    }
}
