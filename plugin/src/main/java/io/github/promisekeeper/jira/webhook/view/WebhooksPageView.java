package io.github.promisekeeper.jira.webhook.view;

import io.github.promisekeeper.jira.web.Html;

/**
 * What the webhooks admin screen shows before its script takes over: the title, what webhooks do, the headings
 * of its two parts and the loading text. Immutable; every getter returns HTML-escaped text ({@code Html} suffix).
 */
public final class WebhooksPageView {

    private final String title;
    private final String intro;
    private final String endpointsHeading;
    private final String deliveriesHeading;
    private final String loading;

    public WebhooksPageView(
            String title, String intro, String endpointsHeading, String deliveriesHeading, String loading) {
        this.title = title;
        this.intro = intro;
        this.endpointsHeading = endpointsHeading;
        this.deliveriesHeading = deliveriesHeading;
        this.loading = loading;
    }

    public String getWebhooksTitleHtml() {
        return Html.escape(title);
    }

    public String getIntroHtml() {
        return Html.escape(intro);
    }

    public String getEndpointsHeadingHtml() {
        return Html.escape(endpointsHeading);
    }

    public String getDeliveriesHeadingHtml() {
        return Html.escape(deliveriesHeading);
    }

    public String getWebhooksLoadingHtml() {
        return Html.escape(loading);
    }
}
