package io.github.promisekeeper.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs JQL as the viewing user, so nobody ever sees an issue they could not open in Jira. The one place
 * the plugin calls {@link SearchService#search}: every adapter batches its keys into few calls of this.
 */
public class JqlSearch {

    /** Most keys one {@code in (...)} list or OR-chain carries. */
    public static final int MAX_KEYS_PER_SEARCH = 500;
    /** Most searches one adapter call runs; with {@link #MAX_KEYS_PER_SEARCH} it covers 5,000 keys. */
    public static final int MAX_SEARCHES_PER_CALL = 10;
    /** Most issues one search returns. */
    public static final int MAX_RESULTS_PER_SEARCH = 1000;
    /** Most pages {@link #searchAllAs} reads of one query: with {@link #MAX_RESULTS_PER_SEARCH}, 50,000 issues. */
    public static final int MAX_PAGES_PER_QUERY = 50;

    private static final Logger LOG = LoggerFactory.getLogger(JqlSearch.class);

    private final SearchService searchService;
    private final JiraAuthenticationContext authentication;
    private final Pagers pagers;

    /** Makes the pager for one page of results: from {@code start} (0-based), at most {@code max}. */
    interface Pagers {
        PagerFilter<?> page(int start, int max);
    }

    public JqlSearch(SearchService searchService, JiraAuthenticationContext authentication) {
        this(searchService, authentication, PagerFilter::new);
    }

    JqlSearch(SearchService searchService, JiraAuthenticationContext authentication, Pagers pagers) {
        this.searchService = Objects.requireNonNull(searchService, "searchService");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.pagers = Objects.requireNonNull(pagers, "pagers");
    }

    /**
     * Parses and validates {@code jql} as the viewer without searching.
     *
     * @throws InvalidJqlException with Jira's messages when it does not parse or validate
     */
    public void check(String jql, String problem) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        Query query = parse(viewer, jql, problem);
        MessageSet validation = searchService.validateQuery(viewer, query);
        if (validation != null && validation.hasAnyErrors()) {
            throw new InvalidJqlException(problem, new ArrayList<>(validation.getErrorMessages()));
        }
    }

    /**
     * Parses {@code jql} as the viewer, without validating its values or searching: for templates whose
     * placeholders stand for keys that need not exist.
     *
     * @throws InvalidJqlException with Jira's messages when it does not parse
     */
    public void checkSyntax(String jql, String problem) {
        parse(authentication.getLoggedInUser(), jql, problem);
    }

    /**
     * The issues matching {@code jql} that the viewer may see, at most {@link #MAX_RESULTS_PER_SEARCH}.
     *
     * @throws InvalidJqlException when {@code jql} does not parse
     */
    public List<Issue> search(String jql) {
        return searchAs(authentication.getLoggedInUser(), jql, 0, MAX_RESULTS_PER_SEARCH);
    }

    /** The user searches run as unless a caller names another: the one logged in, {@code null} when anonymous. */
    public ApplicationUser viewer() {
        return authentication.getLoggedInUser();
    }

    /**
     * The issues matching {@code jql} that {@code user} may see, at most {@link #MAX_RESULTS_PER_SEARCH}: for a JQL
     * function, whose searcher Jira names in its query context.
     *
     * @throws InvalidJqlException when {@code jql} does not parse
     */
    public List<Issue> searchAs(ApplicationUser user, String jql) {
        return searchAs(user, jql, 0, MAX_RESULTS_PER_SEARCH);
    }

    /**
     * One page of the issues matching {@code jql} that {@code user} may see: for work that runs without a
     * request, such as a scheduled job acting for the administrator who started it.
     */
    public List<Issue> searchAs(ApplicationUser user, String jql, int start, int max) {
        ApplicationUser viewer = user;
        Query query = parse(viewer, jql, "The plugin built a query Jira cannot parse.");
        try {
            SearchResults<Issue> results =
                    searchService.search(viewer, query, pagers.page(start, Math.min(max, MAX_RESULTS_PER_SEARCH)));
            List<Issue> issues = results.getResults();
            if (start == 0 && results.getTotal() > issues.size() && max >= MAX_RESULTS_PER_SEARCH) {
                LOG.warn(
                        "Query matched {} issues; only the first {} are used: {}",
                        results.getTotal(),
                        issues.size(),
                        jql);
            }
            return issues;
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not run the search: " + e.getMessage(), e);
        }
    }

    /**
     * Every issue matching {@code jql} (a query without {@code ORDER BY}) that {@code user} may see, read page by page
     * in key order, so that no page skips or repeats an issue: for the reads whose results are not bounded by a key
     * list (tickets of 500 customers, children of 500 epics), where one page of {@link #MAX_RESULTS_PER_SEARCH} would
     * leave issues out. At most {@link #MAX_PAGES_PER_QUERY} pages; a query matching more is logged and read that far.
     *
     * @throws InvalidJqlException when {@code jql} does not parse
     */
    public List<Issue> searchAllAs(ApplicationUser user, String jql) {
        String ordered = jql + " ORDER BY key";
        Query query = parse(user, ordered, "The plugin built a query Jira cannot parse.");
        List<Issue> all = new ArrayList<>();
        try {
            for (int page = 0; page < MAX_PAGES_PER_QUERY; page++) {
                SearchResults<Issue> results = searchService.search(
                        user, query, pagers.page(page * MAX_RESULTS_PER_SEARCH, MAX_RESULTS_PER_SEARCH));
                List<Issue> issues = results.getResults();
                all.addAll(issues);
                if (issues.size() < MAX_RESULTS_PER_SEARCH || all.size() >= results.getTotal()) {
                    return all;
                }
            }
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not run the search: " + e.getMessage(), e);
        }
        LOG.warn("Query matched more than {} issues; only those are used: {}", all.size(), ordered);
        return all;
    }

    /**
     * How many issues matching {@code jql} {@code user} may see, from the total of a one-issue page, so counting
     * reads no issue list.
     *
     * @throws InvalidJqlException when {@code jql} does not parse
     */
    public long countAs(ApplicationUser user, String jql) {
        Query query = parse(user, jql, "The plugin built a query Jira cannot parse.");
        try {
            return searchService.search(user, query, pagers.page(0, 1)).getTotal();
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not run the search: " + e.getMessage(), e);
        }
    }

    private Query parse(ApplicationUser viewer, String jql, String problem) {
        SearchService.ParseResult parsed = searchService.parseQuery(viewer, jql);
        if (!parsed.isValid()) {
            MessageSet errors = parsed.getErrors();
            throw new InvalidJqlException(
                    problem, errors == null ? List.of() : new ArrayList<>(errors.getErrorMessages()));
        }
        return parsed.getQuery();
    }

    /**
     * {@code keys} cut into lists of at most {@link #MAX_KEYS_PER_SEARCH}, all of them: for a caller whose keys are
     * already bounded by its own work (the issues one slip check mails about), which must not leave any out.
     */
    public static <T> List<List<T>> everyChunk(List<T> keys) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += MAX_KEYS_PER_SEARCH) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + MAX_KEYS_PER_SEARCH)));
        }
        return chunks;
    }

    /** {@code keys} cut into lists of at most {@link #MAX_KEYS_PER_SEARCH}, at most {@link #MAX_SEARCHES_PER_CALL} of them. */
    public static <T> List<List<T>> chunks(List<T> keys, int searchesPerChunk) {
        List<List<T>> chunks = everyChunk(keys);
        int maxChunks = Math.max(1, MAX_SEARCHES_PER_CALL / searchesPerChunk);
        if (chunks.size() <= maxChunks) {
            return chunks;
        }
        LOG.warn(
                "{} keys exceed the {} a call may search; the rest are left out.",
                keys.size(),
                maxChunks * MAX_KEYS_PER_SEARCH);
        return chunks.subList(0, maxChunks);
    }
}
