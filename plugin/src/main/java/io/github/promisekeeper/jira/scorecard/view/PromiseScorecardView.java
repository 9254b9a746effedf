package io.github.promisekeeper.jira.scorecard.view;

import io.github.promisekeeper.jira.web.Html;

/**
 * What the Promise Scorecard dashboard item's server-side view shows before its script takes over.
 * Immutable; every text getter returns HTML-escaped text and says so with its {@code Html} suffix. The getters are
 * named for this item: the allowlist check maps a template's {@code $view.x} to one getter across all view classes.
 */
public final class PromiseScorecardView {

    private final String title;
    private final String loadingMessage;

    public PromiseScorecardView(String title, String loadingMessage) {
        this.title = title;
        this.loadingMessage = loadingMessage;
    }

    public String getScorecardLabelHtml() {
        return Html.escape(title);
    }

    public String getScorecardLoadingHtml() {
        return Html.escape(loadingMessage);
    }
}
