package io.github.promisekeeper.jira.customer.autofill;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomerAutoFillTest {

    private static final Long CREATED = 1L;
    private static final Long UPDATED = 2L;

    private final CustomField field = FakeJira.field(10100, "Customer");
    private final JiraSchema schema = mock(JiraSchema.class);
    private final Customers customers = mock(Customers.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final IssueIndexingService indexing = mock(IssueIndexingService.class);
    private final MutableIssue editable = mock(MutableIssue.class);
    private final UpdateIssueRequest silentUpdate = mock(UpdateIssueRequest.class);
    private final CustomerAutoFill autoFill = new CustomerAutoFill(
            mock(EventPublisher.class), schema, customers, issues, indexing, CREATED, () -> silentUpdate);

    CustomerAutoFillTest() {
        when(schema.customerField()).thenReturn(Optional.of(field));
        when(customers.findByDomain(anyString())).thenReturn(Optional.empty());
        when(customers.findByDomain("acme.com")).thenReturn(Optional.of(customer("ACME")));
        when(issues.getIssueObject(7L)).thenReturn(editable);
    }

    @Test
    void fillsTheCustomerOwningTheReportersDomainOnCreate() throws Exception {
        autoFill.onIssueEvent(event(CREATED, issue("jane@ACME.com", null)));

        verify(editable).setCustomFieldValue(field, "ACME");
        verify(issues).updateIssue(any(), eq(editable), eq(silentUpdate));
        verify(indexing).reIndex(eq(editable), any());
    }

    @Test
    void subdomainOfACustomerDomainCounts() {
        assertThat(autoFill.fill(issue("jane@eu.acme.com", null))).isTrue();
    }

    @Test
    void neverOverwritesACustomerSomeoneChose() {
        assertThat(autoFill.fill(issue("jane@acme.com", "GLOBEX"))).isFalse();

        verify(editable, never()).setCustomFieldValue(any(), any());
    }

    @Test
    void leavesAmbiguousReportersAlone() {
        when(customers.findByDomain("eu.acme.com")).thenReturn(Optional.of(customer("ACME_EU")));

        assertThat(autoFill.fill(issue("jane@eu.acme.com", null))).isFalse();

        verify(editable, never()).setCustomFieldValue(any(), any());
    }

    @Test
    void unknownDomainOrMissingAddressChangesNothing() {
        assertThat(autoFill.fill(issue("bob@example.org", null))).isFalse();
        assertThat(autoFill.fill(issue(null, null))).isFalse();
        assertThat(autoFill.fill(issue("not-an-address", null))).isFalse();
    }

    @Test
    void onlyIssueCreationTriggersIt() {
        autoFill.onIssueEvent(event(UPDATED, issue("jane@acme.com", null)));

        verify(issues, never()).updateIssue(any(), any(), any());
    }

    @Test
    void failureNeverReachesTheUserCreatingTheIssue() {
        when(issues.getIssueObject(7L)).thenThrow(new IllegalStateException("db down"));

        autoFill.onIssueEvent(event(CREATED, issue("jane@acme.com", null)));
    }

    private Issue issue(String email, String customer) {
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getEmailAddress()).thenReturn(email);
        Map<String, Object> fields = new HashMap<>();
        if (customer != null) {
            fields.put("customfield_10100", customer);
        }
        Issue base = FakeJira.issue(7, "SUP-1", "", "new", fields);
        Issue issue = mock(
                Issue.class,
                call -> "getReporter".equals(call.getMethod().getName())
                        ? reporter
                        : call.getMethod().invoke(base, call.getArguments()));
        return issue;
    }

    private static IssueEvent event(Long type, Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }

    private static Customer customer(String key) {
        return new Customer(CustomerKey.of(key), key, null, Set.of(), null, null, List.of());
    }
}
