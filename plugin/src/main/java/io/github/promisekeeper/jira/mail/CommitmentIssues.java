package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Jira issues behind the commitments and epics that alerts name, found with a few batched searches (at most
 * {@link JqlSearch#MAX_KEYS_PER_SEARCH} keys each), never one per issue. Searches run as the user the check runs as,
 * who must see every commitment; what each recipient may see is decided per recipient afterwards.
 */
public class CommitmentIssues {

    private final JqlSearch search;
    private final Supplier<ApplicationUser> searcher;

    /** Searches as whoever is logged in on the thread the listener is called on (the check's run-as user). */
    public CommitmentIssues(JqlSearch search) {
        this(search, search::viewer);
    }

    public CommitmentIssues(JqlSearch search, Supplier<ApplicationUser> searcher) {
        this.search = Objects.requireNonNull(search, "search");
        this.searcher = Objects.requireNonNull(searcher, "searcher");
    }

    /**
     * The issues with {@code keys} that exist and the searcher may see, by key: every key, 500 a search (one check's
     * alerts bound how many).
     */
    public Map<IssueKey, Issue> find(Set<IssueKey> keys) {
        Map<IssueKey, Issue> found = new HashMap<>();
        List<String> all = keys.stream().map(IssueKey::toString).sorted().toList();
        ApplicationUser user = searcher.get();
        for (List<String> chunk : JqlSearch.everyChunk(all)) {
            for (Issue issue : search.searchAs(user, "issuekey in " + JqlText.list(chunk))) {
                found.put(IssueKey.of(issue.getKey()), issue);
            }
        }
        return found;
    }
}
