package io.github.promisekeeper.jira.radar.view;

import io.github.promisekeeper.jira.web.Html;

/**
 * What the Renewal Radar dashboard item's server-side view shows before its script takes over. Immutable;
 * every text getter returns HTML-escaped text and says so with its {@code Html} suffix, which Atlassian's
 * template renderer also treats as already escaped, so nothing is escaped twice or not at all.
 */
public final class RenewalRadarView {

    private final int defaultDays;
    private final String title;
    private final String loadingMessage;

    public RenewalRadarView(int defaultDays, String title, String loadingMessage) {
        this.defaultDays = defaultDays;
        this.title = title;
        this.loadingMessage = loadingMessage;
    }

    public int getDefaultDays() {
        return defaultDays;
    }

    public String getTitleHtml() {
        return Html.escape(title);
    }

    public String getLoadingMessageHtml() {
        return Html.escape(loadingMessage);
    }
}
