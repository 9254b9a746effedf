package io.github.promisekeeper.jira.customer.autofill;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CustomerBackfillTest {

    private final FakeJira jira = new FakeJira();
    private final CustomField field = FakeJira.field(10100, "Customer");
    private final JiraSchema schema = mock(JiraSchema.class);
    private final CustomerAutoFill autoFill = mock(CustomerAutoFill.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final Map<String, Object> stored = new HashMap<>();
    private final Set<Long> filled = new HashSet<>();
    private final List<Issue> withoutCustomer = IntStream.range(0, 450)
            .mapToObj(i -> FakeJira.issue(1000 + i, "SUP-" + (i + 1), "", "new", Map.of()))
            .toList();
    private final CustomerBackfill backfill;

    CustomerBackfillTest() {
        PluginSettings settings =
                mock(PluginSettings.class, call -> switch (call.getMethod().getName()) {
                    case "get" -> stored.get(call.<String>getArgument(0));
                    case "put" -> stored.put(call.getArgument(0), call.getArgument(1));
                    default -> null;
                });
        when(schema.customerField()).thenReturn(Optional.of(field));
        when(users.getUserByKey("admin")).thenReturn(admin);
        // Every other issue's reporter belongs to a customer; filling it takes it out of the query.
        when(autoFill.fill(any())).thenAnswer(call -> {
            long id = call.<Issue>getArgument(0).getId();
            return id % 2 == 0 && filled.add(id);
        });
        jira.answering(jql -> withoutCustomer.stream()
                .filter(issue -> !filled.contains(issue.getId()))
                .toList());
        backfill = new CustomerBackfill(jira.jqlSearch(), schema, autoFill, () -> settings, users);
    }

    @Test
    void fillsEveryMatchableIssueInBatchesAsTheAdminWhoStartedIt() {
        assertThat(backfill.prepare("admin")).isTrue();

        CustomerBackfill.Progress progress = backfill.runAll();

        assertThat(progress).isEqualTo(new CustomerBackfill.Progress(CustomerBackfill.Status.DONE, 450, 225));
        assertThat(filled).hasSize(225);
        assertThat(jira.searched).hasSize(3).allSatisfy(jql -> assertThat(jql).startsWith("cf[10100] is EMPTY"));
        assertThat(jira.searchedAs).containsOnly(admin);
    }

    @Test
    void aRunCutShortResumesAfterTheIssuesItAlreadyLookedAt() {
        backfill.prepare("admin");
        backfill.runAll();
        List<String> firstRun = List.copyOf(jira.searched);
        // As if a node had died mid-run: still RUNNING, with the cursor after the first batch.
        stored.put(CustomerBackfill.STATUS, "RUNNING");
        stored.put(CustomerBackfill.SKIPPED, "100");
        stored.put(CustomerBackfill.SCANNED, "200");
        stored.put(CustomerBackfill.CHANGED, "100");
        filled.removeIf(id -> id >= 1200);
        jira.searched.clear();

        backfill.prepare("admin");
        CustomerBackfill.Progress progress = backfill.runAll();

        assertThat(firstRun).hasSize(3);
        assertThat(progress.changed()).isEqualTo(225);
        assertThat(progress.scanned()).isEqualTo(450);
    }

    @Test
    void aSecondStartWhileOneIsScheduledIsRefused() {
        assertThat(backfill.prepare("admin")).isTrue();
        assertThat(backfill.prepare("admin")).isFalse();
    }

    @Test
    void progressIsVisibleBeforeAnyRun() {
        assertThat(backfill.progress()).isEqualTo(new CustomerBackfill.Progress(CustomerBackfill.Status.IDLE, 0, 0));
    }

    @Test
    void withoutTheUserWhoStartedItNothingIsSearched() {
        backfill.prepare("gone");

        assertThat(backfill.runAll().status()).isEqualTo(CustomerBackfill.Status.FAILED);
        assertThat(jira.searched).isEmpty();
    }

    @Test
    void failureMidRunIsRecordedAndKeepsTheProgressMade() {
        doAnswer(call -> {
                    long id = call.<Issue>getArgument(0).getId();
                    if (id >= 1300) {
                        throw new IllegalStateException("db down");
                    }
                    return id % 2 == 0 && filled.add(id);
                })
                .when(autoFill)
                .fill(any());
        backfill.prepare("admin");

        CustomerBackfill.Progress progress = backfill.runAll();

        assertThat(progress.status()).isEqualTo(CustomerBackfill.Status.FAILED);
        assertThat(progress.changed()).isEqualTo(100);
    }
}
