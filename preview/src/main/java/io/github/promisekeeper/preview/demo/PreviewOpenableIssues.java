package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.OpenableIssues;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Which issues the viewer may open, in the demo Jira: every demo issue, to every demo user (as its search answers). */
public final class PreviewOpenableIssues implements OpenableIssues {

    private final DemoJira jira;

    public PreviewOpenableIssues(DemoJira jira) {
        this.jira = Objects.requireNonNull(jira, "jira");
    }

    @Override
    public Set<IssueKey> openable(Set<IssueKey> keys) {
        return keys.stream().filter(key -> jira.issue(key).isPresent()).collect(Collectors.toSet());
    }
}
