package io.github.promisekeeper.jira.panel;

import io.github.promisekeeper.jira.web.Html;

/** Builds a panel's definition list, escaping every label and value. */
final class PanelRows {

    private final StringBuilder html = new StringBuilder();

    PanelRows add(String label, String value) {
        html.append("<dt>")
                .append(Html.escape(label))
                .append("</dt><dd>")
                .append(Html.escape(value))
                .append("</dd>");
        return this;
    }

    String html() {
        return html.toString();
    }
}
