package org.ofbiz.core.util;

/**
 * Stand-in for {@code org.ofbiz.core.util.GeneralException} from Atlassian's {@code org.ofbiz:entityengine}
 * (shipped with Jira 11.3): the checked root of the entity engine's exceptions.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/CustomFieldManager.html">Jira 10.5.0 javadoc of CustomFieldManager, whose createCustomField throws its subclass GenericEntityException</a>
 */
public class GeneralException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public GeneralException(String message) {
        super(message);
    }
}
