package com.atlassian.jira.util;

import java.util.Set;

/**
 * Stand-in for {@code com.atlassian.jira.util.MessageSetImpl} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the standard {@link MessageSet}.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/util/MessageSetImpl.html">Jira 10.5.0 javadoc of MessageSetImpl</a>
 */
public class MessageSetImpl implements MessageSet {

    /** An empty set. */
    public MessageSetImpl() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    @Override
    public Set<String> getErrorMessages() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
