package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;

/**
 * Stand-in for {@code com.atlassian.jira.issue.UpdateIssueRequest} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): how {@link IssueManager#updateIssue(com.atlassian.jira.user.ApplicationUser, MutableIssue, UpdateIssueRequest)}
 * stores an issue (which event it publishes, whether it sends mail). Only the members the plugin uses are
 * declared; {@code builder()} and {@code build()} are called by codescape/jira-scrum-poker (Jira 11.3.1),
 * {@code eventDispatchOption} and {@code sendMail} only by public code whose Jira version is not known and by
 * Jira's own source of this class (JIRA 6.3 or later, exact version unknown), where it is {@code final}, its
 * constructor and the builder's are private, and the builder defaults to publishing {@code ISSUE_UPDATED}
 * and sending mail.
 *
 * @see <a href="https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java">EstimateFieldServiceImpl in jira-scrum-poker (Jira 11.3.1)</a>
 */
public final class UpdateIssueRequest {

    private UpdateIssueRequest() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** A builder whose defaults Jira chooses. */
    public static UpdateIssueRequestBuilder builder() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** Builds an {@link UpdateIssueRequest}. */
    public static class UpdateIssueRequestBuilder {

        private UpdateIssueRequestBuilder() {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }

        /** Which issue event storing the issue publishes. */
        public UpdateIssueRequestBuilder eventDispatchOption(EventDispatchOption eventDispatchOption) {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }

        /** Whether watchers are sent mail about the change. */
        public UpdateIssueRequestBuilder sendMail(boolean sendMail) {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }

        /** The request. */
        public UpdateIssueRequest build() {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }
    }
}
