package io.github.promisekeeper.jira.alert.jira;

import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.search.JqlSearch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JiraOpenableIssuesTest {

    @Test
    void answersOnlyTheKeysJirasSearchAsTheViewerReturns() {
        FakeJira jira = new FakeJira().answering(jql -> List.of(FakeJira.issue(1, "SC-1", "Seen", "new", Map.of())));

        Set<IssueKey> openable =
                new JiraOpenableIssues(jira.jqlSearch()).openable(Set.of(IssueKey.of("SC-1"), IssueKey.of("SEC-9")));

        assertThat(openable).containsExactly(IssueKey.of("SC-1"));
        assertThat(jira.searched).containsExactly("issuekey in (\"SC-1\", \"SEC-9\")");
        assertThat(jira.searchedAs).containsExactly(jira.viewer);
    }

    @Test
    void asksInBatchesOfFiveHundredKeysAndNotAtAllForNone() {
        FakeJira jira = new FakeJira().answering(jql -> List.of());
        Set<IssueKey> keys = IntStream.rangeClosed(1, JqlSearch.MAX_KEYS_PER_SEARCH + 1)
                .mapToObj(n -> new IssueKey("SC", n))
                .collect(Collectors.toSet());
        JiraOpenableIssues openable = new JiraOpenableIssues(jira.jqlSearch());

        openable.openable(Set.of());
        assertThat(jira.searched).isEmpty();
        openable.openable(keys);
        assertThat(jira.searched).hasSize(2);
    }
}
