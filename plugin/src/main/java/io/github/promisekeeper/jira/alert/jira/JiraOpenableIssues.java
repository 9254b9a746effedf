package io.github.promisekeeper.jira.alert.jira;

import com.atlassian.jira.issue.Issue;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.OpenableIssues;
import io.github.promisekeeper.jira.search.IssueValues;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Asks Jira's search, as the viewer, which of some issue keys they may open: one {@code issuekey in (...)} search
 * per {@value JqlSearch#MAX_KEYS_PER_SEARCH} keys, since the search answers only issues the viewer may browse. A
 * key Jira no longer knows (deleted, or moved to another key) is not answered, so it counts as not openable.
 */
public class JiraOpenableIssues implements OpenableIssues {

    private final JqlSearch search;

    public JiraOpenableIssues(JqlSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public Set<IssueKey> openable(Set<IssueKey> keys) {
        List<String> asked = keys.stream().sorted().map(IssueKey::toString).toList();
        Set<IssueKey> openable = new HashSet<>();
        for (List<String> chunk : JqlSearch.chunks(asked, 1)) {
            for (Issue issue : search.search("issuekey in " + JqlText.list(chunk))) {
                IssueValues.key(issue).filter(keys::contains).ifPresent(openable::add);
            }
        }
        return openable;
    }
}
