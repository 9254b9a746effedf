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
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraEpicDeliveriesTest {

    private final FakeJira jira = new FakeJira();
    private final CustomField epicLink = FakeJira.field(10200, "Epic Link");
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private EpicChildrenQuery query = EpicChildrenQuery.jiraSoftware();
    private final JiraEpicDeliveries deliveries = new JiraEpicDeliveries(
            jira.jqlSearch(),
            customFields,
            () -> query,
            Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneId.of("Europe/Berlin")));

    JiraEpicDeliveriesTest() {
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
    }

    @Test
    void readsEpicsAndAllTheirChildrenInTwoSearches() {
        Issue sso = FakeJira.issue(
                1,
                "SSO-1",
                "SSO",
                "indeterminate",
                Map.of(),
                null,
                Timestamp.valueOf(LocalDateTime.of(2026, 3, 15, 0, 0)));
        Issue audit =
                FakeJira.issue(2, "AUD-1", "Audit log", "done", Map.of(), Instant.parse("2026-01-20T23:30:00Z"), null);
        jira.answering(jql -> jql.startsWith("issuekey")
                ? List.of(sso, audit)
                : List.of(
                        FakeJira.issue(
                                11,
                                "SSO-2",
                                "a",
                                "done",
                                Map.of("customfield_10200", sso),
                                Instant.parse("2026-01-10T09:00:00Z"),
                                null),
                        FakeJira.issue(12, "SSO-3", "b", "new", Map.of("customfield_10200", sso)),
                        FakeJira.issue(
                                13,
                                "AUD-2",
                                "c",
                                "done",
                                Map.of("customfield_10200", audit),
                                Instant.parse("2026-01-19T09:00:00Z"),
                                null)));

        Map<IssueKey, EpicDelivery> found = deliveries.findByKeys(Set.of(IssueKey.of("SSO-1"), IssueKey.of("AUD-1")));

        assertThat(jira.searched)
                .containsExactly(
                        "issuekey in (\"AUD-1\", \"SSO-1\")",
                        "(\"Epic Link\" = \"AUD-1\") OR (\"Epic Link\" = \"SSO-1\") ORDER BY key");
        EpicDelivery ssoDelivery = found.get(IssueKey.of("SSO-1"));
        assertThat(ssoDelivery.isDone()).isFalse();
        assertThat(ssoDelivery.childrenTotal()).isEqualTo(2);
        assertThat(ssoDelivery.childResolutions()).containsExactly(LocalDate.of(2026, 1, 10));
        assertThat(ssoDelivery.dueDate()).contains(LocalDate.of(2026, 3, 15));
        EpicDelivery auditDelivery = found.get(IssueKey.of("AUD-1"));
        assertThat(auditDelivery.doneOn())
                .as("resolved 23:30 UTC is the next day in the site's zone")
                .contains(LocalDate.of(2026, 1, 21));
        assertThat(auditDelivery.childrenDone()).isEqualTo(1);
    }

    @Test
    void epicsTheViewerCannotSeeAreAbsentAndTheirChildrenNotSearched() {
        Map<IssueKey, EpicDelivery> found = deliveries.findByKeys(Set.of(IssueKey.of("SECRET-1")));

        assertThat(found).isEmpty();
        assertThat(jira.searched).hasSize(1);
    }

    @Test
    void childrenQueryFromTheSettingsIsUsedWithTheEpicKeyQuoted() {
        query = new EpicChildrenQuery("parent = {epic}", "Epic Link");
        Issue sso = FakeJira.issue(1, "SSO-1", "SSO", "new", Map.of());
        jira.answering(jql -> jql.startsWith("issuekey") ? List.of(sso) : List.of());

        deliveries.findByKeys(Set.of(IssueKey.of("SSO-1")));

        assertThat(jira.searched).last().isEqualTo("(parent = \"SSO-1\") ORDER BY key");
    }

    @Test
    void manyEpicsTakeTwoSearchesPerChunkNeverOnePerEpic() {
        Set<IssueKey> many = IntStream.rangeClosed(1, 1200)
                .mapToObj(i -> IssueKey.of("EP-" + i))
                .collect(Collectors.toSet());
        jira.answering(jql -> jql.startsWith("issuekey")
                ? many.stream()
                        .filter(key -> jql.contains("\"" + key + "\""))
                        .map(key -> FakeJira.issue(1, key.toString(), "", "new", Map.of()))
                        .toList()
                : List.of());

        Map<IssueKey, EpicDelivery> found = deliveries.findByKeys(many);

        assertThat(found).hasSize(1200);
        assertThat(jira.searched).hasSize(6);
        assertThat(jira.searched.size()).isLessThanOrEqualTo(JqlSearch.MAX_SEARCHES_PER_CALL);
    }

    @Test
    void asManyEpicsAsThePortPromisesToReadInOneCallAreAllRead() {
        Set<IssueKey> most = IntStream.rangeClosed(1, EpicDeliveries.MAX_KEYS_PER_CALL)
                .mapToObj(i -> IssueKey.of("EP-" + i))
                .collect(Collectors.toSet());
        jira.answering(jql -> jql.startsWith("issuekey")
                ? most.stream()
                        .filter(key -> jql.contains("\"" + key + "\""))
                        .map(key -> FakeJira.issue(1, key.toString(), "", "new", Map.of()))
                        .toList()
                : List.of());

        assertThat(deliveries.findByKeys(most)).hasSize(EpicDeliveries.MAX_KEYS_PER_CALL);
        assertThat(jira.searched).hasSizeLessThanOrEqualTo(JqlSearch.MAX_SEARCHES_PER_CALL);
    }

    @Test
    void aNamedSearchersEpicsAndChildrenAreSearchedAsThatSearcher() {
        ApplicationUser searcher = mock(ApplicationUser.class);
        Issue sso = FakeJira.issue(1, "SSO-1", "SSO", "indeterminate", Map.of());
        jira.answering(jql -> jql.startsWith("issuekey") ? List.of(sso) : List.of());

        assertThat(deliveries.as(searcher).findByKeys(Set.of(IssueKey.of("SSO-1"))))
                .containsOnlyKeys(IssueKey.of("SSO-1"));

        assertThat(jira.searchedAs).hasSize(2).containsOnly(searcher);
    }

    @Test
    void countsOpenEpicsInTheScopeAndThoseDeliveringAPromiseFromSearchTotalsWithoutReadingThem() {
        jira.answering(jql -> jql.contains("issuekey in")
                ? List.of(FakeJira.issue(1, "ROAD-1", "a", "new", Map.of()))
                : List.of(
                        FakeJira.issue(1, "ROAD-1", "a", "new", Map.of()),
                        FakeJira.issue(2, "ROAD-2", "b", "new", Map.of()),
                        FakeJira.issue(3, "ROAD-3", "c", "new", Map.of())));

        OpenEpics open = deliveries.countOpen(Scope.project("ROAD"), Set.of(IssueKey.of("ROAD-1"), IssueKey.of("X-9")));

        assertThat(open).isEqualTo(new OpenEpics(3, 1));
        assertThat(jira.searched)
                .containsExactly(
                        "issuetype = \"Epic\" AND statusCategory != Done AND (project = \"ROAD\")",
                        "issuetype = \"Epic\" AND statusCategory != Done AND (project = \"ROAD\")"
                                + " AND issuekey in (\"ROAD-1\", \"X-9\")");
        assertThat(jira.lastMax).as("a count reads a page of one").isEqualTo(1);
    }

    @Test
    void withNoDeliveringEpicsOnlyTheOpenEpicsAreCounted() {
        jira.answering(jql -> List.of(FakeJira.issue(1, "ROAD-1", "a", "new", Map.of())));

        assertThat(deliveries.countOpen(Scope.all(), Set.of())).isEqualTo(new OpenEpics(1, 0));
        assertThat(jira.searched).containsExactly("issuetype = \"Epic\" AND statusCategory != Done");
    }

    @Test
    void findsWhichEpicsFallInsideAScopeInOneSearchAndNeedsNoneForAll() {
        jira.answering(jql -> List.of(FakeJira.issue(1, "ROAD-1", "a", "new", Map.of())));
        Set<IssueKey> epics = Set.of(IssueKey.of("ROAD-1"), IssueKey.of("CORE-2"));

        assertThat(deliveries.findInScope(epics, Scope.all())).isEqualTo(epics);
        assertThat(jira.searched).isEmpty();
        assertThat(deliveries.findInScope(epics, Scope.jql("project = ROAD"))).containsExactly(IssueKey.of("ROAD-1"));
        assertThat(jira.searched).containsExactly("issuekey in (\"CORE-2\", \"ROAD-1\") AND (project = ROAD)");
    }

    @Test
    void aScopeJiraRefusesIsAnInvalidScopeWithJirasMessage() {
        jira.rejectingSyntaxOf(jql -> jql.contains("nonsense"));

        assertThatThrownBy(() -> deliveries.countOpen(Scope.jql("nonsense ("), Set.of()))
                .isInstanceOf(InvalidScopeException.class);
        assertThatThrownBy(() -> deliveries.countOpen(Scope.jql("nonsense"), Set.of()))
                .isInstanceOf(InvalidScopeException.class);
        assertThat(jira.searched).isEmpty();
    }

    @Test
    void aSiteWithoutAnEpicIssueTypeHasNoOpenEpicsRatherThanAnError() {
        jira.answering(jql -> List.of(FakeJira.issue(1, "ROAD-1", "a", "new", Map.of())))
                .rejectingValuesOf(jql -> jql.contains("issuetype = \"Epic\""));

        assertThat(deliveries.countOpen(Scope.all(), Set.of(IssueKey.of("ROAD-1"))))
                .isEqualTo(new OpenEpics(0, 0));
    }
}
