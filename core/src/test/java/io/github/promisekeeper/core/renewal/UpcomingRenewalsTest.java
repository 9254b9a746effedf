package io.github.promisekeeper.core.renewal;

import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpcomingRenewalsTest {

    // 2027-01-01 00:30 in Auckland is still 2026-12-31 in UTC: the site's zone decides "today".
    private static final Clock AUCKLAND =
            Clock.fixed(Instant.parse("2026-12-31T11:30:00Z"), ZoneId.of("Pacific/Auckland"));

    private final InMemoryCustomers customers = new InMemoryCustomers();

    private void customer(String key, String renewal, int noticeDays) {
        customers.upsert(
                new Customer(
                        CustomerKey.of(key),
                        key + " Inc",
                        null,
                        Set.of(),
                        null,
                        null,
                        List.of(new Contract(
                                key + "-1",
                                null,
                                LocalDate.parse(renewal),
                                Money.of("10", "EUR"),
                                noticeDays,
                                false,
                                ContractStatus.ACTIVE))),
                Change.throughRest("test", Instant.EPOCH));
    }

    @Test
    void listsCustomersRenewingInsideTheWindowSoonestFirst() {
        customer("LATE", "2027-03-01", 30);
        customer("SOON", "2027-01-15", 10);
        customer("EDGE", "2027-01-31", 0);
        customer("OUTSIDE", "2027-02-01", 0);
        customer("PAST", "2026-12-31", 0);

        List<UpcomingRenewal> renewals = new UpcomingRenewals(customers, AUCKLAND).within(30);

        assertThat(renewals).extracting(r -> r.customerKey().value()).containsExactly("SOON", "EDGE");
        assertThat(renewals.get(0).daysLeft()).isEqualTo(14);
        assertThat(renewals.get(0).noticeDeadline()).isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(renewals.get(1).daysLeft()).isEqualTo(30);
    }

    @Test
    void windowCountsFromTodayInTheClocksZone() {
        RenewalWindow window = RenewalWindow.nextDays(1, AUCKLAND);

        assertThat(window.today()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(window.contains(LocalDate.parse("2027-01-02"))).isTrue();
        assertThat(window.contains(LocalDate.parse("2026-12-31"))).isFalse();
    }

    @Test
    void rejectsWindowsOutsideOneToTenYears() {
        assertThatThrownBy(() -> RenewalWindow.nextDays(0, AUCKLAND)).hasMessageContaining("1 to 3650 days");
        assertThatThrownBy(() -> RenewalWindow.nextDays(3651, AUCKLAND)).hasMessageContaining("not 3651");
    }
}
