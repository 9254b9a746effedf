package io.github.promisekeeper.jira.search;

import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.jira.commitment.rest.CommitmentQueries;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /commitments} without a customer over the Jira adapters: however many customers there are, the
 * read runs at most one adapter call's worth of commitment searches and one of epic searches.
 */
class CommitmentsSearchBoundTest {

    /** The commitments adapter and the epic deliveries adapter each run at most this many searches per call. */
    private static final int SEARCHES_PER_READ = 2 * JqlSearch.MAX_SEARCHES_PER_CALL;

    private final SearchBoundFixture fixture = new SearchBoundFixture();
    private final FakeJira jira = fixture.jira;
    private final ThroughputForecast forecasting = RadarSettings.defaults(
                    new ExchangeRates(Currency.getInstance("EUR"), Map.of()))
            .forecasting();

    @Test
    void twoThousandCustomersWithAnEpicEachTakeABoundedNumberOfSearchesAsTheViewer() {
        CommitmentQueries queries = queries(2000, true);
        jira.answering(FakeJira::commitmentsAndEpicsOfCustomers);

        CommitmentQueries.Result result =
                queries.ofAllCustomers(EnumSet.allOf(Health.class), 0, 100, forecasting, true);

        assertThat(result.total()).isEqualTo(2000);
        assertThat(result.commitments()).hasSize(100);
        assertThat(result.truncated()).isFalse();
        // 4 commitment searches (500 customers each) + 4 × (epics + children) for 2,000 epics.
        assertThat(jira.searched).hasSize(4 + 8).hasSizeLessThanOrEqualTo(SEARCHES_PER_READ);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    @Test
    void moreCustomersThanOneCallSearchesAreCutAtTheBoundAndSaySo() {
        CommitmentQueries queries = queries(CommitmentQueries.MAX_CUSTOMERS + 700, false);
        jira.answering(FakeJira::commitmentsAndEpicsOfCustomers);

        CommitmentQueries.Result result =
                queries.ofAllCustomers(EnumSet.allOf(Health.class), 0, 10, forecasting, false);

        assertThat(result.truncated()).isTrue();
        assertThat(result.total()).isEqualTo(CommitmentQueries.MAX_CUSTOMERS);
        assertThat(jira.searched).hasSize(JqlSearch.MAX_SEARCHES_PER_CALL);
    }

    private CommitmentQueries queries(int customerCount, boolean withEpics) {
        InMemoryCustomers customers = new InMemoryCustomers();
        for (int i = 0; i < customerCount; i++) {
            customers.save(SearchBoundFixture.customer(i));
        }
        return new CommitmentQueries(
                new CommitmentHealthCheck(
                        fixture.commitments(withEpics ? 1 : 0), fixture.epics(), customers, fixture.clock),
                customers);
    }
}
