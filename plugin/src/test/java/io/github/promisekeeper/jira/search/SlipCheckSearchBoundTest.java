package io.github.promisekeeper.jira.search;

import com.atlassian.jira.issue.Issue;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;
import io.github.promisekeeper.core.alert.SlipCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.ticket.JiraTickets;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The slip check over the Jira adapters for 1,000 customers and 5,000 open commitments (two epics each): the
 * number of Jira searches grows with the pages of 1,000 results Jira hands out, never with the commitments.
 */
class SlipCheckSearchBoundTest {

    private static final int CUSTOMERS = 1000;
    private static final int COMMITMENTS = 5000;
    private static final Pattern QUOTED_EPIC = Pattern.compile("\"(EP-\\d+)\"");

    private final SearchBoundFixture fixture = new SearchBoundFixture();
    private final FakeJira jira = fixture.jira;
    private final List<Issue> openCommitments = IntStream.range(0, COMMITMENTS)
            .mapToObj(i -> FakeJira.issue(
                    100_000 + i,
                    "SC-" + (i + 1),
                    "promise",
                    "new",
                    Map.of(
                            "customfield_10100",
                            "C" + (i % CUSTOMERS),
                            "customfield_10101",
                            Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0)))))
            .toList();

    @Test
    void aThousandCustomersWithFiveThousandCommitmentsTakeSearchesByThePageNotByTheCommitment() {
        jira.answering(this::answer);
        SlipCheck check = check();

        AlertChanges baseline = check.run(AlertSettings.DEFAULTS, radarSettings(), window());

        assertThat(baseline.raised()).isEmpty();
        // 6 pages of open commitments (the sixth finds none) + 10 slices of 500 commitments × 2 chunks of 500 epics ×
        // (epics + children) + the radar: 2 ticket and 2 commitment searches for 1,000 customers (their epics: none).
        assertThat(jira.searched)
                .hasSize(6 + 40 + 2 + 2)
                .filteredOn(jql -> jql.contains("ORDER BY key"))
                .hasSize(6);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    private List<Issue> answer(String jql) {
        if (jql.startsWith("issuetype") && jql.contains("ORDER BY key")) {
            int from = jira.lastStart;
            return openCommitments.subList(Math.min(from, COMMITMENTS), Math.min(from + jira.lastMax, COMMITMENTS));
        }
        if (jql.startsWith("issuekey")) {
            List<Issue> epics = new ArrayList<>();
            Matcher epic = QUOTED_EPIC.matcher(jql);
            while (epic.find()) {
                epics.add(FakeJira.issue(1, epic.group(1), "epic", "indeterminate", Map.of()));
            }
            return epics;
        }
        return List.of();
    }

    private SlipCheck check() {
        Customers customers = mock(Customers.class);
        Map<CustomerKey, Customer> byKey = new LinkedHashMap<>();
        IntStream.range(0, CUSTOMERS).forEach(i -> byKey.put(CustomerKey.of("C" + i), SearchBoundFixture.customer(i)));
        when(customers.findAllByKey(any())).thenReturn(byKey);
        when(customers.renewingBetween(any(), any(), anyInt())).thenReturn(List.copyOf(byKey.values()));

        JiraCommitments commitments = fixture.commitments(2);
        JiraEpicDeliveries epics = fixture.epics();
        Clock clock = fixture.clock;
        return new SlipCheck(
                new CommitmentHealthCheck(commitments.as(jira.viewer), epics.as(jira.viewer), customers, clock),
                new RenewalRadar(
                        customers,
                        new JiraTickets(jira.jqlSearch(), fixture.schema).as(jira.viewer),
                        commitments.as(jira.viewer),
                        epics.as(jira.viewer),
                        clock),
                new InMemoryAlertStore(),
                AlertTransactionListener.NONE,
                List.of(),
                clock);
    }

    private static RadarSettings radarSettings() {
        return RadarSettings.defaults(new ExchangeRates(Currency.getInstance("EUR"), Map.of()));
    }

    private static RadarRequest window() {
        return new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), false);
    }
}
