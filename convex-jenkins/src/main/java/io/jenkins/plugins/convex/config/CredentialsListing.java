package io.jenkins.plugins.convex.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.convex.credentials.ConvexCredentials;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The credentials dropdown of every form of the plugin, with the permission rules of the credentials
 * plugin's consumer guide: only those who may configure the context see the list; others see only
 * the current value, so saving their form keeps it.
 */
public final class CredentialsListing {

    private CredentialsListing() {
    }

    /** Secret text credentials usable in {@code item} (or globally when null) for {@code apiUrl}. */
    public static ListBoxModel teamTokens(@CheckForNull Item item, @CheckForNull String currentValue, String apiUrl) {
        return secretTexts(item, currentValue, ConvexCredentials.domainOf(apiUrl));
    }

    /** Secret text credentials usable in {@code item} (or globally when null) whatever their domain: values sent to a preview. */
    public static ListBoxModel secretTexts(@CheckForNull Item item, @CheckForNull String currentValue) {
        return secretTexts(item, currentValue, List.of());
    }

    private static ListBoxModel secretTexts(@CheckForNull Item item, @CheckForNull String currentValue, List<DomainRequirement> domain) {
        String current = currentValue == null ? "" : currentValue;
        StandardListBoxModel model = new StandardListBoxModel();
        if (item == null) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return model.includeCurrentValue(current);
            }
        } else if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return model.includeCurrentValue(current);
        }
        model.includeEmptyValue();
        if (item == null) {
            model.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class,
                    domain, CredentialsMatchers.always());
        } else {
            // The authentication builds of this item run as (Authorize Project may make it the user's), not the task's default.
            model.includeMatchingAs(item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2,
                    item, StringCredentials.class, domain, CredentialsMatchers.always());
        }
        return model.includeCurrentValue(current);
    }
}
