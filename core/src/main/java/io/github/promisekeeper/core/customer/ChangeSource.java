package io.github.promisekeeper.core.customer;

/** Where a change to the customer data came from. */
public enum ChangeSource {
    ADMIN_PAGE,
    IMPORT,
    REST
}
