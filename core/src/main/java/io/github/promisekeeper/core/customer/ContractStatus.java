package io.github.promisekeeper.core.customer;

/** Whether a contract still binds the customer. Only active contracts renew. */
public enum ContractStatus {
    ACTIVE,
    EXPIRED,
    CANCELLED
}
