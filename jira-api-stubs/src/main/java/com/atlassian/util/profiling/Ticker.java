package com.atlassian.util.profiling;

/**
 * Stand-in for {@code com.atlassian.util.profiling.Ticker} from {@code com.atlassian.profiling:atlassian-profiling}
 * (Jira 11.3 / Data Center platform 8; atlassian-profiling 5.x): a running timer, stopped by
 * {@link #close()}, typically in try-with-resources. It extends {@link AutoCloseable} and narrows
 * {@code close()} to throw no checked exception.
 *
 * <p><b>Runtime no-op group:</b> the Active Objects 6.1.1 library closes these around every database
 * operation ({@code invokeinterface Ticker.close}), so the stand-in {@link Metrics} hands out a ticker whose
 * {@code close()} does nothing.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/util/profiling/TimedAnalytics.html">Confluence 9.4 javadoc returning com.atlassian.util.profiling.Ticker</a>
 * @see <a href="https://developer.atlassian.com/server/profiling/guides/tagging-existing-metrics/">Atlassian profiling: tagging existing metrics (atlassian-profiling 4.6+)</a>
 */
public interface Ticker extends AutoCloseable {

    /**
     * Stops the timer.
     */
    @Override
    void close();
}
