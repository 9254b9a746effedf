package io.github.promisekeeper.core.webhook;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.MoneyTotal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the alerts a slip check stores into the outcome events webhook endpoints subscribe to, and puts them in
 * the {@link WebhookOutbox} inside the check's storing transaction, so an event exists exactly when its alert does:
 * kept on time, delivered late, breached, a worsening of health, a customer entering HIGH risk. The other alert
 * kinds (dates moved, epics unlinked, notice near) are for people, not for the CRM. Only newly raised alerts make
 * events; a recovery (an alert resolved) is not a health change the CRM is told of.
 *
 * <p>Each event carries the customer's CRM id and, for endpoints allowed to receive money, the customer's active
 * annual value in the reporting currency when every contract's currency has a rate.
 */
public final class AlertOutcomes implements AlertTransactionListener {

    private final WebhookOutbox outbox;
    private final Customers customers;
    private final Supplier<ExchangeRates> rates;
    private final Clock clock;

    public AlertOutcomes(WebhookOutbox outbox, Customers customers, Supplier<ExchangeRates> rates, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void alertsStoring(AlertChanges changes) {
        List<Alert> told = changes.raised().stream()
                .map(StoredAlert::alert)
                .filter(alert -> kindOf(alert.kind()).isPresent())
                .toList();
        if (told.isEmpty()) {
            return;
        }
        Set<CustomerKey> keys = new LinkedHashSet<>();
        told.forEach(alert -> keys.add(alert.customer()));
        Map<CustomerKey, Customer> known = customers.findAllByKey(keys);
        ExchangeRates exchange = rates.get();
        Instant now = clock.instant();
        List<OutcomeEvent> events = new ArrayList<>(told.size());
        for (Alert alert : told) {
            events.add(event(alert, kindOf(alert.kind()).orElseThrow(), known.get(alert.customer()), exchange, now));
        }
        outbox.enqueue(events);
    }

    /** The webhook event kind an alert kind is told to endpoints as, if it is one. */
    static Optional<OutcomeKind> kindOf(AlertKind kind) {
        return switch (kind) {
            case KEPT -> Optional.of(OutcomeKind.COMMITMENT_KEPT);
            case DELIVERED_LATE -> Optional.of(OutcomeKind.COMMITMENT_LATE);
            case BREACHED -> Optional.of(OutcomeKind.COMMITMENT_BREACHED);
            case HEALTH_WORSENED -> Optional.of(OutcomeKind.HEALTH_CHANGED);
            case ENTERED_RADAR_HIGH_RISK -> Optional.of(OutcomeKind.RENEWAL_AT_RISK);
            default -> Optional.empty();
        };
    }

    private static OutcomeEvent event(
            Alert alert, OutcomeKind kind, Customer customer, ExchangeRates exchange, Instant now) {
        String customerKey = alert.customer().toString();
        OutcomeEvent event = alert.commitment()
                .map(key -> OutcomeEvent.forCommitment(kind, now, customerKey, key.toString()))
                .orElseGet(() -> OutcomeEvent.renewalAtRisk(now, customerKey));
        if (alert.commitment().isPresent()) {
            Optional<Health> after = alert.facts().healthAfter();
            event = event.withDates(
                            alert.facts().promisedDate().orElse(null),
                            null,
                            alert.facts().renewal().orElse(null))
                    .withHealth(after.orElse(null), alert.facts().healthBefore().orElse(null));
        }
        event = event.withReasons(List.of(alert.why()));
        if (customer != null) {
            if (customer.crmId() != null && !customer.crmId().isBlank()) {
                event = event.withCrmId(customer.crmId());
            }
            MoneyTotal value = customer.annualValue(exchange);
            if (value.isComplete() && value.total().amount().signum() > 0) {
                event = event.withValue(value.total());
            }
        }
        return event;
    }
}
