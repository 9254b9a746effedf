package io.github.promisekeeper.core.renewal;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Lists the customers whose next renewal falls inside a window, soonest first. */
public final class UpcomingRenewals {

    public static final int MAX_RESULTS = 1000;

    private final Customers customers;
    private final Clock clock;

    public UpcomingRenewals(Customers customers, Clock clock) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Customers renewing within the next {@code days} days, soonest first, ties by key. */
    public List<UpcomingRenewal> within(int days) {
        RenewalWindow window = RenewalWindow.nextDays(days, clock);
        return customers.renewingBetween(window.today(), window.lastDay(), MAX_RESULTS).stream()
                .flatMap(customer -> customer.nextRenewingContract().stream()
                        .filter(contract -> window.contains(contract.renewal()))
                        .map(contract -> toRenewal(customer.key(), customer.name(), contract, window)))
                .sorted(Comparator.comparing(UpcomingRenewal::renewal).thenComparing(UpcomingRenewal::customerKey))
                .toList();
    }

    private static UpcomingRenewal toRenewal(CustomerKey key, String name, Contract contract, RenewalWindow window) {
        return new UpcomingRenewal(
                key, name, contract.renewal(), contract.noticeDeadline(), window.daysUntil(contract.renewal()));
    }
}
