package io.github.promisekeeper.jira.customer.field;

import io.github.promisekeeper.jira.web.Html;

/** The one view object of the Customer field's templates: its stored key and the customer's name, escaped. Immutable. */
public final class CustomerFieldView {

    private final String key;
    private final String name;

    CustomerFieldView(String key, String name) {
        this.key = key == null ? "" : key;
        this.name = name == null ? "" : name;
    }

    /** "Acme Corp (ACME)", or the bare key of a customer that no longer exists; escaped. */
    public String getDisplayHtml() {
        return Html.escape(name.isEmpty() ? key : name + " (" + key + ")");
    }

    /** The stored customer key, escaped (for the edit input and the XML export). */
    public String getKeyHtml() {
        return Html.escape(key);
    }
}
