package io.github.promisekeeper.jira.epic;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.jira.search.InvalidJqlException;
import io.github.promisekeeper.jira.search.IssueValues;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;
import io.github.promisekeeper.jira.ticket.ScopeClause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The delivery state of epics from Jira's search, as the viewing user: per chunk of
 * {@value JqlSearch#MAX_KEYS_PER_SEARCH} epics one search for the epics ({@code issuekey in (...)}) and one query
 * for all their children (the children template OR-ed over the chunk, read page by page: 500 epics may well have
 * more than one page of children), never one per epic.
 */
public class JiraEpicDeliveries implements EpicDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(JiraEpicDeliveries.class);

    /** The issue type the open-epic count counts: Jira Software's epics. */
    static final String EPIC_TYPE = "Epic";

    private final JqlSearch search;
    private final CustomFieldManager customFields;
    private final Supplier<EpicChildrenQuery> childrenQuery;
    private final Clock clock;
    private final Supplier<ApplicationUser> viewer;

    public JiraEpicDeliveries(
            JqlSearch search, CustomFieldManager customFields, Supplier<EpicChildrenQuery> childrenQuery, Clock clock) {
        this(search, customFields, childrenQuery, clock, Objects.requireNonNull(search, "search")::viewer);
    }

    private JiraEpicDeliveries(
            JqlSearch search,
            CustomFieldManager customFields,
            Supplier<EpicChildrenQuery> childrenQuery,
            Clock clock,
            Supplier<ApplicationUser> viewer) {
        this.search = Objects.requireNonNull(search, "search");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.childrenQuery = Objects.requireNonNull(childrenQuery, "childrenQuery");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.viewer = viewer;
    }

    /**
     * The same delivery states read as {@code searcher} (null for anonymous), from the children they can see:
     * for a JQL function, which answers for the user Jira names as the searcher.
     */
    public EpicDeliveries as(ApplicationUser searcher) {
        return new JiraEpicDeliveries(search, customFields, childrenQuery, clock, () -> searcher);
    }

    @Override
    public Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> epics) {
        if (epics.isEmpty()) {
            return Map.of();
        }
        ApplicationUser searcher = viewer.get();
        EpicChildrenQuery query = childrenQuery.get();
        Optional<CustomField> epicField = customFields.getCustomFieldObjectsByName(query.epicFieldName()).stream()
                .findFirst();
        if (epicField.isEmpty()) {
            LOG.warn("No field named '{}' holds an issue's epic; epics show no children.", query.epicFieldName());
        }
        List<String> keys = epics.stream().sorted().map(IssueKey::toString).toList();
        Map<IssueKey, EpicDelivery> deliveries = new LinkedHashMap<>();
        for (List<String> chunk : JqlSearch.chunks(keys, 2)) {
            Map<IssueKey, Issue> found = new LinkedHashMap<>();
            for (Issue issue : search.searchAs(searcher, "issuekey in " + JqlText.list(chunk))) {
                IssueValues.key(issue).filter(epics::contains).ifPresent(key -> found.put(key, issue));
            }
            if (found.isEmpty()) {
                continue;
            }
            Map<IssueKey, List<Issue>> children =
                    epicField.isEmpty() ? Map.of() : childrenOf(found.keySet(), query, epicField.get(), searcher);
            found.forEach((key, epic) ->
                    deliveries.put(key, delivery(key, epic, children.getOrDefault(key, List.of()))));
        }
        return deliveries;
    }

    /**
     * {@inheritDoc} One search per {@value JqlSearch#MAX_KEYS_PER_SEARCH} epics ({@code issuekey in (...)} AND the
     * scope); none for {@link Scope.Kind#ALL}.
     *
     * @throws InvalidScopeException when the scope is not a query this viewer can run
     */
    @Override
    public Set<IssueKey> findInScope(Set<IssueKey> epics, Scope scope) {
        Optional<String> clause = ScopeClause.of(scope, search);
        if (clause.isEmpty() || epics.isEmpty()) {
            return clause.isEmpty() ? Set.copyOf(epics) : Set.of();
        }
        ApplicationUser searcher = viewer.get();
        Set<IssueKey> inside = new HashSet<>();
        List<String> keys = epics.stream().sorted().map(IssueKey::toString).toList();
        for (List<String> chunk : JqlSearch.chunks(keys, 1)) {
            for (Issue issue :
                    search.searchAs(searcher, "issuekey in " + JqlText.list(chunk) + " AND " + clause.get())) {
                IssueValues.key(issue).filter(epics::contains).ifPresent(inside::add);
            }
        }
        return inside;
    }

    /**
     * {@inheritDoc} An epic is an issue of the issue type {@value #EPIC_TYPE} (Jira Software's); counted from search
     * totals, so no issue is read: one count for all open epics in the scope and one per
     * {@value JqlSearch#MAX_KEYS_PER_SEARCH} delivering epics. None when Jira knows no such issue type.
     *
     * @throws InvalidScopeException when the scope is not a query this viewer can run
     */
    @Override
    public OpenEpics countOpen(Scope scope, Set<IssueKey> delivering) {
        Optional<String> clause = ScopeClause.of(scope, search);
        String open = "issuetype = " + JqlText.quote(EPIC_TYPE) + " AND statusCategory != Done"
                + clause.map(c -> " AND " + c).orElse("");
        ApplicationUser searcher = viewer.get();
        long all;
        try {
            // Validated first: Jira parses an issue type it does not know, and refuses it only in validation.
            search.check(open, "Jira has no issue type '" + EPIC_TYPE + "'.");
            all = search.countAs(searcher, open);
        } catch (InvalidJqlException e) {
            // A site without an issue type of that name (Jira Service Management alone) has no epics to count.
            LOG.warn("No open epics counted: Jira refused {} ({})", open, e.messages());
            return new OpenEpics(0, 0);
        }
        long promised = 0;
        List<String> keys = delivering.stream().sorted().map(IssueKey::toString).toList();
        for (List<String> chunk : JqlSearch.chunks(keys, 1)) {
            promised += search.countAs(searcher, open + " AND issuekey in " + JqlText.list(chunk));
        }
        return new OpenEpics(all, Math.min(all, promised));
    }

    private Map<IssueKey, List<Issue>> childrenOf(
            Collection<IssueKey> epics, EpicChildrenQuery query, CustomField epicField, ApplicationUser searcher) {
        String jql = epics.stream()
                .sorted()
                .map(key -> "(" + query.forEpic(JqlText.quote(key.toString())) + ")")
                .collect(Collectors.joining(" OR "));
        Map<IssueKey, List<Issue>> children = new HashMap<>();
        for (Issue child : search.searchAllAs(searcher, jql)) {
            epicOf(child.getCustomFieldValue(epicField))
                    .filter(epics::contains)
                    .ifPresent(epic -> children.computeIfAbsent(epic, k -> new ArrayList<>())
                            .add(child));
        }
        return children;
    }

    /** Jira Software's Epic Link value is the epic issue; other hierarchies may hold its key as text. */
    private static Optional<IssueKey> epicOf(Object value) {
        if (value instanceof Issue epic) {
            return IssueValues.key(epic);
        }
        if (value instanceof String key) {
            try {
                return Optional.of(IssueKey.of(key.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private EpicDelivery delivery(IssueKey key, Issue epic, List<Issue> children) {
        List<LocalDate> resolved = new ArrayList<>();
        for (Issue child : children) {
            if (IssueValues.statusCategory(child) == StatusCategory.DONE) {
                resolved.add(doneDay(child));
            }
        }
        resolved.sort(null);
        Optional<LocalDate> doneOn =
                IssueValues.statusCategory(epic) == StatusCategory.DONE ? Optional.of(doneDay(epic)) : Optional.empty();
        return new EpicDelivery(
                key,
                epic.getSummary(),
                doneOn,
                children.size(),
                resolved.size(),
                Optional.empty(),
                resolved,
                IssueValues.dateOnly(epic.getDueDate()));
    }

    /** When an issue in a done status was done: its resolution date, or its last update when it has none. */
    private LocalDate doneDay(Issue issue) {
        return IssueValues.day(issue.getResolutionDate(), clock.getZone())
                .or(() -> IssueValues.day(issue.getUpdated(), clock.getZone()))
                .orElse(LocalDate.now(clock));
    }
}
