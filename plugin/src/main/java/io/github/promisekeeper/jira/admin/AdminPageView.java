package io.github.promisekeeper.jira.admin;

import io.github.promisekeeper.jira.web.Html;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the Promise Keeper admin page shows before its script takes over: the page title, the headings
 * of its four parts, and the features switched off because Jira lacks a service they need. Immutable;
 * every getter returns HTML-escaped text ({@code Html} suffix).
 */
public final class AdminPageView {

    private final String title;
    private final String customersHeading;
    private final String importHeading;
    private final String settingsHeading;
    private final String backfillHeading;
    private final String loadingMessage;
    private final String unavailableHeading;
    private final List<String> unavailable;

    public AdminPageView(
            String title,
            String customersHeading,
            String importHeading,
            String settingsHeading,
            String backfillHeading,
            String loadingMessage,
            String unavailableHeading,
            List<String> unavailable) {
        this.title = title;
        this.customersHeading = customersHeading;
        this.importHeading = importHeading;
        this.settingsHeading = settingsHeading;
        this.backfillHeading = backfillHeading;
        this.loadingMessage = loadingMessage;
        this.unavailableHeading = unavailableHeading;
        this.unavailable = List.copyOf(unavailable);
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

    /** The "Unavailable features" section, one item per unavailable feature; empty when nothing is off. */
    public String getUnavailableHtml() {
        if (unavailable.isEmpty()) {
            return "";
        }
        String items = unavailable.stream()
                .map(line -> "<li>" + Html.escape(line) + "</li>")
                .collect(Collectors.joining());
        return "<section class=\"pk-admin-unavailable aui-message aui-message-warning\" role=\"status\">" + "<h2>"
                + Html.escape(unavailableHeading) + "</h2><ul>" + items + "</ul></section>";
    }
}
