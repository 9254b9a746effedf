package com.atlassian.sal.api.net;

/**
 * Stand-in for {@code com.atlassian.sal.api.net.RequestFactory} from {@code com.atlassian.sal:sal-api}: SAL's
 * outbound HTTP, the factory of {@link Request}s, offered to apps as an OSGi service. Only the members the plugin
 * uses are declared.
 *
 * <p>Jira 10 evidence: a plugin built against Jira 10.3.5 imports it as an OSGi service
 * ({@code Hao1998/jiraNotifierService@61184dff31039489763169a4423564326f2f5c97:src/main/java/com/atlassian/tutorial/myPlugin/listener/IssueCreatedResolvedListener.java});
 * the type parameter and {@code createRequest} come from SAL 3.0.0's javadoc (older than Jira 11's SAL 7).
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/RequestFactory.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface RequestFactory<T extends Request<?, ?>> {

    /** A new request of {@code methodType} to the absolute {@code url}. */
    T createRequest(Request.MethodType methodType, String url);
}
