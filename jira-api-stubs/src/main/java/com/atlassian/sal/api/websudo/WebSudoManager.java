package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stand-in for {@code com.atlassian.sal.api.websudo.WebSudoManager} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the host's WebSudo (secure administrator session) check for a
 * plugin's own admin pages. Only the two members the plugin calls are declared, in the form the Slack
 * app built against Jira 11.0 calls them with Jakarta servlet types (the real interface also has
 * {@code canExecuteRequest}).
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java">Slack for Jira DC (Jira 11.0.0): ConfigureServlet calls both with jakarta.servlet types</a>
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java">the same app imports it as an OSGi service</a>
 */
public interface WebSudoManager {

    /**
     * Marks the request as one for a WebSudo-protected resource, or refuses it.
     *
     * @param request the current request
     * @throws WebSudoSessionException when the request is not in a WebSudo session
     */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;

    /**
     * Sends the user to the host's WebSudo authentication, which returns to the request's page.
     *
     * @param request the current request
     * @param response its response
     */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
