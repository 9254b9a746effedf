package io.github.promisekeeper.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's search as the adapters see it, mocked over the stand-in interfaces: records every JQL string
 * parsed and searched (and as whom), answers searches from a function of the JQL, and rejects the JQL a
 * test says Jira would reject.
 */
public final class FakeJira {

    public final SearchService searchService = mock(SearchService.class);
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final ApplicationUser viewer = mock(ApplicationUser.class);
    public final List<String> searched = new ArrayList<>();
    public final List<ApplicationUser> searchedAs = new ArrayList<>();
    public final List<String> parsed = new ArrayList<>();
    /** The paging of the latest search: a search answers that page of the matches its answer function gives. */
    public int lastStart;

    public int lastMax;
    private final Map<Query, String> queries = new HashMap<>();
    private Function<String, List<Issue>> answers = jql -> List.of();
    private Predicate<String> unparseable = jql -> false;
    private Predicate<String> invalid = jql -> false;

    public FakeJira() {
        when(authentication.getLoggedInUser()).thenReturn(viewer);
        try {
            when(searchService.parseQuery(any(), anyString())).thenAnswer(call -> parse(call.getArgument(1)));
            when(searchService.validateQuery(any(), any()))
                    .thenAnswer(call -> messages(
                            invalid.test(queries.get(call.<Query>getArgument(1)))
                                    ? Set.of("The value does not exist for the field.")
                                    : Set.of()));
            when(searchService.search(any(), any(), any())).thenAnswer(call -> {
                String jql = queries.get(call.<Query>getArgument(1));
                searched.add(jql);
                searchedAs.add(call.getArgument(0));
                // As Jira: the page the pager asks for, and the total of all matches.
                List<Issue> matches = answers.apply(jql);
                List<Issue> page = matches.subList(
                        Math.min(lastStart, matches.size()), Math.min(lastStart + lastMax, matches.size()));
                return mock(SearchResults.class, results -> switch (results.getMethod()
                        .getName()) {
                    case "getResults" -> page;
                    case "getTotal" -> matches.size();
                    default -> null;
                });
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public JqlSearch jqlSearch() {
        return new JqlSearch(searchService, authentication, (start, max) -> {
            lastStart = start;
            lastMax = max;
            return mock(PagerFilter.class);
        });
    }

    public FakeJira answering(Function<String, List<Issue>> answers) {
        this.answers = answers;
        return this;
    }

    public FakeJira rejectingSyntaxOf(Predicate<String> unparseable) {
        this.unparseable = unparseable;
        return this;
    }

    public FakeJira rejectingValuesOf(Predicate<String> invalid) {
        this.invalid = invalid;
        return this;
    }

    private SearchService.ParseResult parse(String jql) {
        parsed.add(jql);
        boolean valid = !unparseable.test(jql);
        Query query = mock(Query.class);
        queries.put(query, jql);
        MessageSet errors = messages(valid ? Set.of() : Set.of("Error in the JQL Query: unexpected token."));
        return mock(SearchService.ParseResult.class, call -> switch (call.getMethod()
                .getName()) {
            case "isValid" -> valid;
            case "getQuery" -> valid ? query : null;
            case "getErrors" -> errors;
            default -> null;
        });
    }

    private static MessageSet messages(Set<String> errors) {
        return mock(MessageSet.class, call -> switch (call.getMethod().getName()) {
            case "getErrorMessages" -> errors;
            case "hasAnyErrors" -> !errors.isEmpty();
            default -> null;
        });
    }

    public static CustomField field(long id, String name) {
        CustomField field = mock(CustomField.class);
        when(field.getIdAsLong()).thenReturn(id);
        when(field.getId()).thenReturn("customfield_" + id);
        when(field.getName()).thenReturn(name);
        return field;
    }

    private static final Pattern QUOTED_CUSTOMER = Pattern.compile("\"(C\\d+)\"");
    private static final Pattern QUOTED_EPIC = Pattern.compile("\"(EP-\\d+)\"");

    /**
     * An answer for the search-count tests, whose customers are keyed C0, C1, … and epics EP-n: one Sales
     * Commitment (SC-(i+1), promised 1 Mar 2026) for each customer a commitments search names, an open epic for
     * each epic key an epics search names, nothing for any other search (tickets, epic children).
     */
    public static List<Issue> commitmentsAndEpicsOfCustomers(String jql) {
        List<Issue> issues = new ArrayList<>();
        if (jql.startsWith("issuetype")) {
            Matcher customer = QUOTED_CUSTOMER.matcher(jql);
            while (customer.find()) {
                int i = Integer.parseInt(customer.group(1).substring(1));
                issues.add(issue(
                        100_000 + i,
                        "SC-" + (i + 1),
                        "promise",
                        "new",
                        Map.of(
                                "customfield_10100", customer.group(1),
                                "customfield_10101", Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0)))));
            }
        } else if (jql.startsWith("issuekey")) {
            Matcher epic = QUOTED_EPIC.matcher(jql);
            while (epic.find()) {
                issues.add(issue(1, epic.group(1), "epic", "indeterminate", Map.of()));
            }
        }
        return issues;
    }

    /** A mocked issue; {@code fields} maps custom field ids ({@code customfield_N}) to values. */
    public static Issue issue(long id, String key, String summary, String statusCategory, Map<String, Object> fields) {
        return issue(id, key, summary, statusCategory, fields, null, null);
    }

    public static Issue issue(
            long id,
            String key,
            String summary,
            String statusCategory,
            Map<String, Object> fields,
            Instant resolved,
            Timestamp due) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(statusCategory);
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        Priority priority = mock(Priority.class);
        when(priority.getName()).thenReturn("Highest");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Bug");
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getDisplayName()).thenReturn("Sam Sales");
        Timestamp created = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        Timestamp updated = Timestamp.from(Instant.parse("2026-02-05T10:00:00Z"));
        return mock(Issue.class, call -> switch (call.getMethod().getName()) {
            case "getId" -> id;
            case "getKey" -> key;
            case "getSummary" -> summary;
            case "getStatus" -> status;
            case "getPriority" -> priority;
            case "getIssueType" -> type;
            case "getReporter" -> reporter;
            case "getCreated" -> created;
            case "getUpdated" -> updated;
            case "getResolutionDate" -> resolved == null ? null : Timestamp.from(resolved);
            case "getDueDate" -> due;
            case "getCustomFieldValue" ->
                fields.get(call.<CustomField>getArgument(0).getId());
            default -> null;
        });
    }
}
