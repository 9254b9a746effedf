package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * The alerts a viewer sees: however many alerts they may not see come first, the feed reads on, page after page,
 * until it has the limit of visible ones or the store has no more, within its bound on the rows it reads.
 */
class AlertFeedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final InMemoryAlertStore store = new InMemoryAlertStore();
    private final StoredAlerts alerts = new StoredAlerts(store);
    private final List<Integer> pages = new ArrayList<>();
    /** The store, noting how many alerts each read of it answered. */
    private final AlertStore counted = mock(AlertStore.class, delegatesTo(store));
    /** The viewer may open the commitments of project SC, not those of SEC. */
    private final AlertFeed feed = new AlertFeed(
            counted,
            keys -> keys.stream().filter(key -> key.project().equals("SC")).collect(Collectors.toSet()));

    @BeforeEach
    void countPages() {
        doAnswer(call -> {
                    List<StoredAlert> page = store.find(call.getArgument(0));
                    pages.add(page.size());
                    return page;
                })
                .when(counted)
                .find(any());
    }

    @Test
    void readsOnPastHiddenAlertsUntilItHasTheLimit() {
        StoredAlert older = alerts.healthWorsened("ACME", "Acme", "SC-1", "Seen", DAY.minusDays(2));
        StoredAlert newer = alerts.healthWorsened("ACME", "Acme", "SC-2", "Seen", DAY.minusDays(1));
        hidden("ACME", 20);

        List<StoredAlert> read = feed.read(AlertQuery.all(2), Set.of());

        assertThat(read).containsExactly(newer, older);
    }

    @Test
    void readsOnPerCustomer() {
        StoredAlert acme = alerts.healthWorsened("ACME", "Acme", "SC-1", "Seen", DAY.minusDays(2));
        StoredAlert globex = alerts.healthWorsened("GLOBEX", "Globex", "SC-2", "Seen", DAY.minusDays(3));
        hidden("ACME", 10);
        hidden("GLOBEX", 10);

        List<StoredAlert> read = feed.read(AlertQuery.all(2), Set.of(CustomerKey.of("ACME"), CustomerKey.of("GLOBEX")));

        assertThat(read).containsExactly(acme, globex);
    }

    @Test
    void stopsAtTheEndOfTheAlertsWithFewerThanTheLimit() {
        StoredAlert seen = alerts.healthWorsened("ACME", "Acme", "SC-1", "Seen", DAY.minusDays(2));
        hidden("ACME", 7);

        assertThat(feed.read(AlertQuery.all(2), Set.of())).containsExactly(seen);
        assertThat(pages).as("the first page of 6, then the rest").containsExactly(6, 2);
    }

    @Test
    void readsNoMoreThanItsBoundOfRows() {
        alerts.healthWorsened("ACME", "Acme", "SC-1", "Beyond the bound", DAY.minusDays(2));
        hidden("ACME", 50);
        AlertFeed bounded = new AlertFeed(counted, keys -> Set.of(IssueKey.of("SC-1")), 50);

        assertThat(bounded.read(AlertQuery.all(5), Set.of())).isEmpty();
        assertThat(pages).as("pages of 15, then the rest of the 50 rows").containsExactly(15, 35);
    }

    /** {@code count} alerts of {@code customer} on commitments the viewer may not open, raised on {@link #DAY}. */
    private void hidden(String customer, int count) {
        IntStream.range(0, count)
                .forEach(i -> alerts.healthWorsened(customer, customer, "SEC-" + (i + 1), "Hidden", DAY));
    }
}
