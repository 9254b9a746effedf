package io.github.promisekeeper.jira.web;

import io.github.promisekeeper.core.customer.Change;

import java.time.Instant;

/**
 * Which client a REST write came from, for the history: the app's admin page names itself in the
 * {@value #HEADER} header ({@value #ADMIN_PAGE}); every other caller is recorded as the REST API. The header
 * only labels the history entry — it grants nothing, and the author is always the authenticated viewer.
 */
public final class ChangeOrigin {

    public static final String HEADER = "X-Promise-Keeper-Source";
    public static final String ADMIN_PAGE = "admin-page";

    private ChangeOrigin() {}

    /** A change by {@code author} at {@code at}, made on the admin page when {@code header} says so, else through REST. */
    public static Change of(String header, String author, Instant at) {
        return ADMIN_PAGE.equals(header == null ? null : header.strip())
                ? Change.onAdminPage(author, at)
                : Change.throughRest(author, at);
    }
}
