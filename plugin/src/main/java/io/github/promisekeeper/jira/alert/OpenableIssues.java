package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.Set;

/**
 * Which issues the viewing user may open in Jira, asked for many keys at once: the alerts name commitments and
 * epics by key, kept from when they were raised, and show only what the viewer could open today.
 */
public interface OpenableIssues {

    /** The ones of {@code keys} the viewer may open (Browse Projects and the issue's security level). */
    Set<IssueKey> openable(Set<IssueKey> keys);
}
