package io.github.promisekeeper.jira.search;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.radar.RadarReport;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.ticket.JiraTickets;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * One Renewal Radar over the Jira adapters: however many customers and epics, the number of Jira searches
 * stays under a constant, because every adapter batches its keys.
 */
class RadarSearchBoundTest {

    /** Tickets, commitments and epic deliveries each run at most this many searches per radar. */
    static final int SEARCHES_PER_RADAR = 3 * JqlSearch.MAX_SEARCHES_PER_CALL;

    private final SearchBoundFixture fixture = new SearchBoundFixture();
    private final FakeJira jira = fixture.jira;

    @Test
    void aThousandCustomersWithTwoThousandEpicsTakeABoundedNumberOfSearches() {
        int customerCount = 1000;
        RenewalRadar radar = radar(customerCount);
        jira.answering(FakeJira::commitmentsAndEpicsOfCustomers);

        RadarReport report = radar.look(
                new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), true),
                RadarSettings.defaults(new ExchangeRates(Currency.getInstance("EUR"), Map.of())));

        assertThat(report.entries()).hasSize(customerCount);
        // 2 ticket searches + 2 commitment searches + 4 × (epics + children) for 2,000 epics.
        assertThat(jira.searched).hasSize(2 + 2 + 8).hasSizeLessThanOrEqualTo(SEARCHES_PER_RADAR);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    private RenewalRadar radar(int customerCount) {
        Customers customers = mock(Customers.class);
        List<Customer> renewing = IntStream.range(0, customerCount)
                .mapToObj(SearchBoundFixture::customer)
                .toList();
        when(customers.renewingBetween(any(), any(), anyInt())).thenReturn(renewing);
        return new RenewalRadar(
                customers,
                new JiraTickets(jira.jqlSearch(), fixture.schema),
                fixture.commitments(2),
                fixture.epics(),
                fixture.clock);
    }
}
