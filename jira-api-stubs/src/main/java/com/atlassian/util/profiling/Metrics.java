package com.atlassian.util.profiling;

/**
 * Stand-in for {@code com.atlassian.util.profiling.Metrics} from {@code com.atlassian.profiling:atlassian-profiling}
 * (Jira 11.3 / Data Center platform 8; atlassian-profiling 5.x): the utility class through which
 * Atlassian code records metrics, via {@link #metric(String)} and its {@link Builder}.
 *
 * <p><b>Runtime no-op.</b> The Active Objects 6.1.1 library ({@code net.java.ao.EntityManager}) calls
 * exactly {@code Metrics.metric(String)}, then {@code Builder.tag(String, String)},
 * {@code withAnalytics()}, {@code invokerPluginKey(String)} and {@code startTimer()}, and closes the
 * returned {@link Ticker}, on every operation, including in tests that run Active Objects on a real
 * database. So this stand-in really works and records nothing: every builder method returns the builder,
 * and {@code startTimer()} returns a ticker whose {@code close()} does nothing. Only those members are
 * declared (Atlassian's class has many more). Kinds follow Atlassian's class and the AO bytecode:
 * {@code Metrics} is a non-instantiable class and {@code Builder} a public static nested class
 * ({@code invokevirtual}).
 *
 * @see <a href="https://developer.atlassian.com/server/profiling/guides/tagging-existing-metrics/">Atlassian profiling: tagging existing metrics (atlassian-profiling 4.6+)</a>
 */
public class Metrics {

    private Metrics() {
        throw new UnsupportedOperationException("Metrics is a utility class");
    }

    /**
     * Starts describing the metric with the given name.
     *
     * @param name the metric name
     * @return a builder that records nothing
     */
    public static Builder metric(String name) {
        return new Builder(name);
    }

    /**
     * Describes a metric (tags, analytics) before starting a timer on it; in this stand-in it records
     * nothing.
     */
    public static class Builder {

        private static final Ticker NO_OP_TICKER = () -> {};

        Builder(String name) {}

        /**
         * Adds a tag.
         *
         * @param key tag key
         * @param value tag value, may be {@code null}
         * @return this builder
         */
        public Builder tag(String key, String value) {
            return this;
        }

        /**
         * Tags the metric with the plugin that invoked the operation; {@code null} means no tag.
         *
         * @param pluginKey the invoking plugin's key, may be {@code null}
         * @return this builder
         */
        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        /**
         * Marks the metric to be sent to analytics.
         *
         * @return this builder
         */
        public Builder withAnalytics() {
            return this;
        }

        /**
         * Starts a timer on the metric.
         *
         * @return a ticker whose {@code close()} does nothing
         */
        public Ticker startTimer() {
            return NO_OP_TICKER;
        }
    }
}
