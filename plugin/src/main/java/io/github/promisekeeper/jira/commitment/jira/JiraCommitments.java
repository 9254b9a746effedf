package io.github.promisekeeper.jira.commitment.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentSnapshot;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.search.IssueValues;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;
import io.github.promisekeeper.jira.setup.JiraSchema;
import io.github.promisekeeper.jira.setup.JiraSchema.CommitmentSchema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sales Commitment issues from Jira's search, as the viewing user, with the epics linked to each by the
 * Sales Commitment link type and the value and renewal snapshotted when the promise was made.
 * One query per {@value JqlSearch#MAX_KEYS_PER_SEARCH} customers, read page by page ({@link JqlSearch#searchAllAs});
 * links and snapshots are read per
 * commitment from Jira's link store and the app's own table, not searched.
 *
 * <p>Jira's link store answers whoever asks, so each linked epic is checked against the viewer's Browse
 * Projects permission (which includes issue security): an epic they may not open is only counted
 * ({@link Commitment#hiddenEpics()}), never named, so its key, summary and progress go nowhere.
 */
public class JiraCommitments implements Commitments, IssueCommitments {

    private final JqlSearch search;
    private final JiraSchema schema;
    private final IssueLinkManager links;
    private final CommitmentSnapshots snapshots;
    private final IssueVisibility visibility;
    private final Supplier<ApplicationUser> viewer;

    public JiraCommitments(
            JqlSearch search,
            JiraSchema schema,
            IssueLinkManager links,
            CommitmentSnapshots snapshots,
            IssueVisibility visibility) {
        this(search, schema, links, snapshots, visibility, Objects.requireNonNull(search, "search")::viewer);
    }

    private JiraCommitments(
            JqlSearch search,
            JiraSchema schema,
            IssueLinkManager links,
            CommitmentSnapshots snapshots,
            IssueVisibility visibility,
            Supplier<ApplicationUser> viewer) {
        this.search = Objects.requireNonNull(search, "search");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.links = Objects.requireNonNull(links, "links");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.viewer = viewer;
    }

    /**
     * The same commitments read as {@code searcher} (null for anonymous), with only the delivering epics they may
     * open: for a JQL function, which answers for the user Jira says performs the search rather than whoever the
     * thread is logged in as.
     */
    public Commitments as(ApplicationUser searcher) {
        return new JiraCommitments(search, schema, links, snapshots, visibility, () -> searcher);
    }

    @Override
    public List<Commitment> findByCustomers(Set<CustomerKey> customers) {
        Optional<CommitmentSchema> found = schema.commitments();
        if (customers.isEmpty() || found.isEmpty()) {
            return List.of();
        }
        CommitmentSchema jira = found.get();
        ApplicationUser viewer = this.viewer.get();
        List<String> keys = customers.stream().map(CustomerKey::value).sorted().toList();
        List<Commitment> commitments = new ArrayList<>();
        for (List<String> chunk : JqlSearch.chunks(keys, 1)) {
            String jql = base(jira) + " AND "
                    + JqlText.customField(jira.customer().getIdAsLong()) + " in " + JqlText.list(chunk);
            for (Issue issue : search.searchAllAs(viewer, jql)) {
                toCommitment(issue, jira, viewer)
                        .filter(c -> customers.contains(c.customer()))
                        .ifPresent(commitments::add);
            }
        }
        return commitments;
    }

    @Override
    public List<Commitment> findByEpic(IssueKey epic) {
        Optional<CommitmentSchema> found = schema.commitments();
        if (found.isEmpty()) {
            return List.of();
        }
        CommitmentSchema jira = found.get();
        String jql = base(jira) + " AND issue in linkedIssues(" + JqlText.quote(epic.toString()) + ", "
                + JqlText.quote(jira.deliveryLink().getInward()) + ")";
        ApplicationUser viewer = this.viewer.get();
        List<Commitment> commitments = new ArrayList<>();
        for (Issue issue : search.searchAllAs(viewer, jql)) {
            toCommitment(issue, jira, viewer)
                    .filter(c -> c.deliveringEpics().contains(epic))
                    .ifPresent(commitments::add);
        }
        return commitments;
    }

    /** {@inheritDoc} One query, read page by page. */
    @Override
    public List<Commitment> findOpenByCustomer(CustomerKey customer) {
        Optional<CommitmentSchema> found = schema.commitments();
        if (found.isEmpty()) {
            return List.of();
        }
        CommitmentSchema jira = found.get();
        ApplicationUser viewer = this.viewer.get();
        String jql = base(jira) + " AND " + JqlText.customField(jira.customer().getIdAsLong()) + " in "
                + JqlText.list(List.of(customer.value())) + " AND statusCategory != Done";
        List<Commitment> commitments = new ArrayList<>();
        for (Issue issue : search.searchAllAs(viewer, jql)) {
            toCommitment(issue, jira, viewer)
                    .filter(c -> c.customer().equals(customer))
                    .ifPresent(commitments::add);
        }
        return commitments;
    }

    /** {@inheritDoc} Page by page (the slip check reads every open commitment): see {@link JqlSearch#searchAllAs}. */
    @Override
    public List<Commitment> findOpen() {
        Optional<CommitmentSchema> found = schema.commitments();
        if (found.isEmpty()) {
            return List.of();
        }
        ApplicationUser searcher = viewer.get();
        String jql = base(found.get()) + " AND statusCategory != Done";
        List<Commitment> commitments = new ArrayList<>();
        for (Issue issue : search.searchAllAs(searcher, jql)) {
            toCommitment(issue, found.get(), searcher).ifPresent(commitments::add);
        }
        return commitments;
    }

    /** {@inheritDoc} One query on the Promised Date field, read page by page. */
    @Override
    public List<Commitment> findPromisedBetween(LocalDate from, LocalDate to) {
        Optional<CommitmentSchema> found = schema.commitments();
        if (found.isEmpty()) {
            return List.of();
        }
        String promised = JqlText.customField(found.get().promisedDate().getIdAsLong());
        String jql = base(found.get()) + " AND " + promised + " >= " + JqlText.quote(from.toString()) + " AND "
                + promised + " <= " + JqlText.quote(to.toString());
        ApplicationUser searcher = viewer.get();
        List<Commitment> commitments = new ArrayList<>();
        for (Issue issue : search.searchAllAs(searcher, jql)) {
            toCommitment(issue, found.get(), searcher)
                    .filter(c -> !c.promisedDate().isBefore(from)
                            && !c.promisedDate().isAfter(to))
                    .ifPresent(commitments::add);
        }
        return commitments;
    }

    @Override
    public Optional<Commitment> of(Issue issue) {
        Optional<CommitmentSchema> found = schema.commitments();
        if (found.isEmpty()
                || issue.getIssueType() == null
                || !Objects.equals(
                        found.get().issueType().getId(), issue.getIssueType().getId())) {
            return Optional.empty();
        }
        return toCommitment(issue, found.get(), viewer.get());
    }

    private static String base(CommitmentSchema jira) {
        return "issuetype = " + JqlText.quote(jira.issueType().getId())
                + " AND " + JqlText.customField(jira.customer().getIdAsLong()) + " is not EMPTY"
                + " AND " + JqlText.customField(jira.promisedDate().getIdAsLong()) + " is not EMPTY";
    }

    private Optional<Commitment> toCommitment(Issue issue, CommitmentSchema jira, ApplicationUser viewer) {
        Optional<IssueKey> key = IssueValues.key(issue);
        Optional<CustomerKey> customer = IssueValues.customer(issue.getCustomFieldValue(jira.customer()));
        Optional<LocalDate> promised = IssueValues.dateOnly(issue.getCustomFieldValue(jira.promisedDate()));
        if (key.isEmpty() || customer.isEmpty() || promised.isEmpty()) {
            return Optional.empty();
        }
        Optional<CommitmentSnapshot> snapshot = snapshots
                .findLatestByIssueId(issue.getId())
                .filter(s -> s.customerKey().equals(customer.get()));
        DeliveringEpics epics =
                deliveringEpics(issue.getId(), jira.deliveryLink().getId(), viewer);
        return Optional.of(new Commitment(
                key.get(),
                customer.get(),
                issue.getSummary(),
                promised.get(),
                issue.getReporter() == null ? "" : issue.getReporter().getDisplayName(),
                snapshot.map(CommitmentSnapshot::valueAtPromise),
                snapshot.map(CommitmentSnapshot::renewalAtPromise),
                epics.visible(),
                epics.hidden().size()));
    }

    /** The keys of the delivering epics the viewer may open, and those of the ones they may not. */
    private record DeliveringEpics(List<IssueKey> visible, List<IssueKey> hidden) {}

    private DeliveringEpics deliveringEpics(Long commitmentId, Long linkTypeId, ApplicationUser viewer) {
        List<IssueKey> visible = new ArrayList<>();
        List<IssueKey> hidden = new ArrayList<>();
        for (IssueLink link : links.getOutwardLinks(commitmentId)) {
            Issue epic = link.getDestinationObject();
            if (!Objects.equals(link.getLinkTypeId(), linkTypeId) || epic == null) {
                continue;
            }
            Optional<IssueKey> key = IssueValues.key(epic);
            if (key.isEmpty() || visible.contains(key.get()) || hidden.contains(key.get())) {
                continue;
            }
            (visibility.mayOpen(epic, viewer) ? visible : hidden).add(key.get());
        }
        return new DeliveringEpics(visible, hidden);
    }
}
