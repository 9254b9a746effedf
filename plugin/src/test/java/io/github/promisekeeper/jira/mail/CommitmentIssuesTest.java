package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.issue.Issue;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.search.FakeJira;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The issues a check's mail names: every one asked for, 500 keys a search, however many the check raised. */
class CommitmentIssuesTest {

    private final FakeJira jira = new FakeJira();

    @Test
    void readsEveryIssueAskedForEvenBeyondTheKeysOneAdapterCallReads() {
        Set<IssueKey> asked = IntStream.rangeClosed(1, 6_000)
                .mapToObj(i -> IssueKey.of("SC-" + i))
                .collect(Collectors.toSet());
        jira.answering(jql -> asked.stream()
                .filter(key -> jql.contains("\"" + key + "\""))
                .map(key -> FakeJira.issue(key.number(), key.toString(), "", "new", Map.of()))
                .toList());

        Map<IssueKey, Issue> found = new CommitmentIssues(jira.jqlSearch()).find(asked);

        assertThat(found).hasSize(6_000);
        assertThat(jira.searched).hasSize(12).allSatisfy(jql -> assertThat(jql).startsWith("issuekey in ("));
        assertThat(List.copyOf(jira.searchedAs)).containsOnly(jira.viewer);
    }
}
