package com.atlassian.sal.api.websudo;

/**
 * Stand-in for {@code com.atlassian.sal.api.websudo.WebSudoSessionException} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the request is not in a WebSudo session. Unchecked in SAL's own
 * source (since 2.2); Jira 11 code catches it by name and constructs it with a message in its tests.
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java">Slack for Jira DC (Jira 11.0.0): caught around willExecuteWebSudoRequest</a>
 */
public class WebSudoSessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public WebSudoSessionException(String message) {
        super(message);
    }
}
