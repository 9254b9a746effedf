package io.github.promisekeeper.core.ticket;

/** Jira's status categories: every workflow status belongs to one of them. */
public enum StatusCategory {
    TO_DO,
    IN_PROGRESS,
    DONE
}
