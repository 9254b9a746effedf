package com.atlassian.jira.web.bean;

import java.io.Serializable;

/**
 * Stand-in for {@code com.atlassian.jira.web.bean.PagerFilter} from {@code com.atlassian.jira:jira-api} (Jira 11.3): which page of results a search returns.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/web/bean/PagerFilter.html">Jira 10.5.0 javadoc of PagerFilter</a>
 * @see <a href="https://github.com/masoudnasiri/corbitchat-jira-data-center-messenger/blob/336c5ca35c96e3476d42297bb6e49b5d89d30022/src/main/java/com/corbitlogic/jira/internalmessenger/mobile/rest/CorbitMobileDashboardResource.java">a PagerFilter built and passed to search by a plugin built against Jira 9.17.5 (older than 10; the latest code found)</a>
 */
public class PagerFilter<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A pager for {@code max} results from the {@code start}-th (0-based). */
    public PagerFilter(int start, int max) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
