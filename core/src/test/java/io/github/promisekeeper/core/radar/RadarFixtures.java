package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builders shared by the radar tests; today is 1 Feb 2027 (UTC) throughout. */
final class RadarFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final ExchangeRates RATES = ExchangeRates.only("USD").with("EUR", "1.10");
    static final RadarSettings SETTINGS = RadarSettings.defaults(RATES);

    private RadarFixtures() {}

    /** A customer with one active contract renewing {@code daysAhead} days from today. */
    static Customer customer(String key, int daysAhead, int noticeDays, boolean autoRenew, String value) {
        Money money = value == null ? null : Money.of(value.split(" ")[0], value.split(" ")[1]);
        return new Customer(
                CustomerKey.of(key),
                key.charAt(0) + key.substring(1).toLowerCase() + " Inc",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        key + "-1",
                        null,
                        TODAY.plusDays(daysAhead),
                        money,
                        noticeDays,
                        autoRenew,
                        ContractStatus.ACTIVE)));
    }

    static Ticket ticket(String key, String customer, TicketPriority priority, String updated) {
        Instant at = Instant.parse(updated + "T12:00:00Z");
        return new Ticket(
                IssueKey.of(key),
                CustomerKey.of(customer),
                "Ticket " + key,
                priority,
                StatusCategory.IN_PROGRESS,
                "Bug",
                at.minusSeconds(86_400 * 10),
                at);
    }

    static CommitmentHealth health(String key, String customer, Health health, String reason) {
        Commitment commitment = new Commitment(
                IssueKey.of(key),
                CustomerKey.of(customer),
                "SSO",
                TODAY.plusDays(20),
                "jane",
                Optional.of(Money.of("50000", "USD")),
                Optional.empty(),
                List.of(IssueKey.of("SSO-1")));
        return new CommitmentHealth(commitment, health, List.of(Reason.text(reason)), List.of());
    }
}
