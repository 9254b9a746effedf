package org.ofbiz.core.entity;

import org.ofbiz.core.util.GeneralException;

/**
 * Stand-in for {@code org.ofbiz.core.entity.GenericEntityException} from Atlassian's {@code org.ofbiz:entityengine}
 * (shipped with Jira 11.3): a database operation of Jira's entity engine failed. Thrown by
 * {@code CustomFieldManager.createCustomField}.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/CustomFieldManager.html">Jira 10.5.0 javadoc of CustomFieldManager</a>
 */
public class GenericEntityException extends GeneralException {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public GenericEntityException(String message) {
        super(message);
    }
}
