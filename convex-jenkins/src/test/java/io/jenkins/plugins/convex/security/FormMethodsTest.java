package io.jenkins.plugins.convex.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Descriptor;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.verb.POST;

/**
 * Every web method of the plugin's descriptors that checks, fills or tests is {@code @POST}: a GET
 * (a link, an image tag on another site) does not reach it, while a POST with the crumb does.
 */
@WithJenkins
class FormMethodsTest {

    @Test
    void everyFormMethodRefusesGetAndAnswersPost(JenkinsRule r) throws Exception {
        List<String> checked = new ArrayList<>();
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        for (Descriptor<?> d : r.jenkins.getExtensionList(Descriptor.class)) {
            if (!d.getClass().getName().startsWith("io.jenkins.plugins.convex.")) {
                continue;
            }
            for (Method m : d.getClass().getMethods()) {
                String name = m.getName();
                boolean formMethod = name.startsWith("doCheck") || name.startsWith("doTest");
                if (!formMethod) {
                    continue;
                }
                assertTrue(m.isAnnotationPresent(POST.class), d.getClass().getName() + "#" + name + " must be @POST");
                String url = "descriptorByName/" + d.getId() + "/" + Character.toLowerCase(name.charAt(2)) + name.substring(3);

                int get = wc.getPage(new WebRequest(new URL(r.getURL(), url), HttpMethod.GET)).getWebResponse().getStatusCode();
                WebRequest post = new WebRequest(new URL(r.getURL(), url), HttpMethod.POST);
                wc.addCrumb(post);
                int posted = wc.getPage(post).getWebResponse().getStatusCode();

                assertNotEquals(200, get, "GET reached " + url);
                assertEquals(200, posted, "POST did not reach " + url + " (so the GET check above proves nothing)");
                checked.add(url);
            }
        }
        assertTrue(checked.size() >= 10, "the plugin's form methods were found: " + checked);
    }
}
