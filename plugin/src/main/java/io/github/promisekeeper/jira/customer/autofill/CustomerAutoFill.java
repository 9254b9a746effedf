package io.github.promisekeeper.jira.customer.autofill;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingParams;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fills in the Customer field of a newly created issue from its reporter's email domain, when exactly
 * one customer owns that domain. Never overwrites a customer someone chose; leaves ambiguous reporters
 * alone and logs them. Listens to Jira's issue events while the app is enabled.
 */
public class CustomerAutoFill implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerAutoFill.class);

    private final EventPublisher events;
    private final JiraSchema schema;
    private final Customers customers;
    private final IssueManager issues;
    private final IssueIndexingService indexing;
    private final Long createdEventTypeId;
    private final Supplier<UpdateIssueRequest> silentUpdate;

    public CustomerAutoFill(
            EventPublisher events,
            JiraSchema schema,
            Customers customers,
            IssueManager issues,
            IssueIndexingService indexing) {
        this(events, schema, customers, issues, indexing, EventType.ISSUE_CREATED_ID, CustomerAutoFill::silentUpdate);
    }

    CustomerAutoFill(
            EventPublisher events,
            JiraSchema schema,
            Customers customers,
            IssueManager issues,
            IssueIndexingService indexing,
            Long createdEventTypeId,
            Supplier<UpdateIssueRequest> silentUpdate) {
        this.createdEventTypeId = createdEventTypeId;
        this.silentUpdate = Objects.requireNonNull(silentUpdate, "silentUpdate");
        this.events = Objects.requireNonNull(events, "events");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.indexing = Objects.requireNonNull(indexing, "indexing");
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!Objects.equals(event.getEventTypeId(), createdEventTypeId) || event.getIssue() == null) {
            return;
        }
        try {
            fill(event.getIssue());
        } catch (RuntimeException e) {
            // The issue is created either way; a missing customer can be backfilled.
            LOG.error("Could not fill in the customer of {}.", event.getIssue().getKey(), e);
        }
    }

    /** Fills the customer of {@code issue} when it has none and its reporter matches one; true when it did. */
    public boolean fill(Issue issue) {
        Optional<CustomField> field = schema.customerField();
        if (field.isEmpty() || issue.getReporter() == null) {
            return false;
        }
        Object current = issue.getCustomFieldValue(field.get());
        if (current instanceof String text && !text.isBlank()) {
            return false;
        }
        ReporterCustomer.Match match = ReporterCustomer.of(issue.getReporter().getEmailAddress(), customers);
        if (match.isAmbiguous()) {
            LOG.info(
                    "Customer of {} left empty: its reporter's email domain matches {}.",
                    issue.getKey(),
                    match.candidates());
            return false;
        }
        if (match.customer().isEmpty()) {
            return false;
        }
        store(issue, field.get(), match.customer().get());
        return true;
    }

    private void store(Issue issue, CustomField field, CustomerKey customer) {
        MutableIssue editable = issues.getIssueObject(issue.getId());
        if (editable == null) {
            return;
        }
        editable.setCustomFieldValue(field, customer.value());
        Issue stored = issues.updateIssue(issue.getReporter(), editable, silentUpdate.get());
        try {
            // Only the issue's own document changed; its comments and work logs did not, and JQL's CHANGED/WAS
            // history, which a re-index of everything would refresh, does not cover custom fields.
            indexing.reIndex(stored == null ? editable : stored, IssueIndexingParams.INDEX_ISSUE_ONLY);
        } catch (IndexException e) {
            LOG.warn(
                    "Customer of {} set to {}, but the issue could not be re-indexed yet.",
                    issue.getKey(),
                    customer,
                    e);
        }
    }

    /**
     * How the customer is stored: without an issue event or mail, because filling in a field of an issue that
     * was just created is not news to its watchers, and an update event would run every listener again.
     */
    private static UpdateIssueRequest silentUpdate() {
        return UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH)
                .sendMail(false)
                .build();
    }
}
