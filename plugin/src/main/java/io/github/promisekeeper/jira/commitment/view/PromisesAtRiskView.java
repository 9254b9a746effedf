package io.github.promisekeeper.jira.commitment.view;

import io.github.promisekeeper.jira.web.Html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the Promises at Risk dashboard item's server-side view shows before its script takes over.
 * Immutable; every text getter returns HTML-escaped text and says so with its {@code Html} suffix.
 */
public final class PromisesAtRiskView {

    private final LocalDate today;
    private final String title;
    private final String loadingMessage;

    public PromisesAtRiskView(LocalDate today, String title, String loadingMessage) {
        this.today = Objects.requireNonNull(today, "today");
        this.title = title;
        this.loadingMessage = loadingMessage;
    }

    /** The site's today as an ISO date ({@code 2026-12-01}): digits and dashes only. */
    public String getTodayHtml() {
        return Html.escape(today.toString());
    }

    public String getLabelHtml() {
        return Html.escape(title);
    }

    public String getLoadingTextHtml() {
        return Html.escape(loadingMessage);
    }
}
