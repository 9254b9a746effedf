package io.github.promisekeeper.jira.customer.field;

import com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;
import jakarta.inject.Inject;

/**
 * The Customer field's searcher: Jira's exact-text searcher under the plugin's own name, so that
 * {@code Customer = ACME}, {@code Customer in (ACME, GLOBEX)} and
 * {@code Customer in customersRenewingWithin("90d")} match stored customer keys exactly.
 *
 * <p>Why a subclass and not Jira's class in the descriptor: Jira loads a {@code customfield-searcher} class
 * through the plugin's class loader and builds it with the plugin's Spring context. Naming Jira's class
 * there needs an import of its package (bnd adds none for a class that appears only in XML) and its
 * collaborators as beans; this class brings both — bnd imports the package from its bytecode and
 * plugin-context.xml imports the three Jira services. Public plugins do the same (see the stand-in's Javadoc).
 */
public class CustomerFieldSearcher extends ExactTextSearcher {

    @Inject
    public CustomerFieldSearcher(
            JqlOperandResolver jqlOperandResolver,
            CustomFieldInputHelper customFieldInputHelper,
            FieldVisibilityManager fieldVisibilityManager) {
        super(jqlOperandResolver, customFieldInputHelper, fieldVisibilityManager);
    }
}
