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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern CUSTOMER_LIST = Pattern.compile("cf\\[10100] in \\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

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
        // Open commitments: 5 pages of 1,000. Their health, 10 slices of 500 commitments: 1,000 epics a slice, in
        // 2 chunks of 500 × (the epics + their children) = 40. The radar for the 1,000 customers: open tickets, 2
        // chunks
        // of 500 customers, one page each (none open); their 5,000 commitments, 2 chunks × 3 pages (2,500 each); and
        // their 10,000 epics, 4 calls of 2,500 × 5 chunks of 500 × (the epics + their children) = 40.
        assertThat(jira.searched).hasSize(5 + 40 + 2 + 6 + 40);
        assertThat(jira.searched)
                .filteredOn(jql -> jql.startsWith("issuetype") && jql.contains("statusCategory != Done ORDER BY key"))
                .hasSize(5);
        assertThat(jira.searched)
                .filteredOn(jql -> jql.startsWith("issuetype") && jql.contains("cf[10100] in ("))
                .hasSize(6);
        assertThat(jira.searched)
                .filteredOn(jql -> jql.startsWith("cf[10100] in ("))
                .hasSize(2);
        assertThat(jira.searched)
                .filteredOn(jql -> jql.startsWith("issuekey in ("))
                .hasSize(20 + 20);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    /** As Jira would answer: FakeJira hands out the page asked for and the total of these matches. */
    private List<Issue> answer(String jql) {
        if (jql.startsWith("issuetype") && jql.contains("statusCategory != Done")) {
            return openCommitments;
        }
        Matcher listed = CUSTOMER_LIST.matcher(jql);
        if (jql.startsWith("issuetype") && listed.find()) {
            Set<String> customers = new HashSet<>();
            Matcher quoted = QUOTED.matcher(listed.group(1));
            while (quoted.find()) {
                customers.add(quoted.group(1));
            }
            return IntStream.range(0, COMMITMENTS)
                    .filter(i -> customers.contains("C" + (i % CUSTOMERS)))
                    .mapToObj(openCommitments::get)
                    .toList();
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
