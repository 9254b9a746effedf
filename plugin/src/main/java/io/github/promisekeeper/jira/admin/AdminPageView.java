package io.github.promisekeeper.jira.admin;

import io.github.promisekeeper.jira.web.Html;

/**
 * What the Promise Keeper admin page shows before its script takes over: the page title and the
 * headings of its four parts. Immutable; every getter returns HTML-escaped text ({@code Html} suffix).
 */
public final class AdminPageView {

    private final String title;
    private final String customersHeading;
    private final String importHeading;
    private final String settingsHeading;
    private final String backfillHeading;
    private final String loadingMessage;

    public AdminPageView(String title, String customersHeading, String importHeading, String settingsHeading,
                         String backfillHeading, String loadingMessage) {
        this.title = title;
        this.customersHeading = customersHeading;
        this.importHeading = importHeading;
        this.settingsHeading = settingsHeading;
        this.backfillHeading = backfillHeading;
        this.loadingMessage = loadingMessage;
    }

    public String getPageTitleHtml() {
        return Html.escape(title);
    }

    public String getCustomersHeadingHtml() {
        return Html.escape(customersHeading);
    }

    public String getImportHeadingHtml() {
        return Html.escape(importHeading);
    }

    public String getSettingsHeadingHtml() {
        return Html.escape(settingsHeading);
    }

    public String getBackfillHeadingHtml() {
        return Html.escape(backfillHeading);
    }

    public String getLoadingHtml() {
        return Html.escape(loadingMessage);
    }
}
