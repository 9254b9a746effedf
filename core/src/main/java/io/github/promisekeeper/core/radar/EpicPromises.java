package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What rides on one epic: the customers it was promised to, their total annual value (absent for viewers
 * who may not see money), the earliest promised date and the earliest of those customers' notice deadlines.
 */
public record EpicPromises(
        IssueKey epic,
        List<CustomerKey> customers,
        List<Commitment> commitments,
        Optional<MoneyTotal> totalValue,
        Optional<LocalDate> earliestPromisedDate,
        Optional<LocalDate> earliestNoticeDeadline) {

    public EpicPromises {
        Objects.requireNonNull(epic, "epic");
        customers = List.copyOf(customers);
        commitments = List.copyOf(commitments);
        Objects.requireNonNull(totalValue, "total value");
        Objects.requireNonNull(earliestPromisedDate, "earliest promised date");
        Objects.requireNonNull(earliestNoticeDeadline, "earliest notice deadline");
    }

    /**
     * Rolls up {@code commitments} delivered by {@code epic}; {@code customers} holds the customers they
     * name (one missing there is left out of value and deadlines, but still listed).
     */
    public static EpicPromises of(
            IssueKey epic,
            Collection<Commitment> commitments,
            Map<CustomerKey, Customer> customers,
            ExchangeRates rates,
            boolean maySeeMoney) {
        List<Commitment> delivered = commitments.stream()
                .filter(commitment -> commitment.deliveringEpics().contains(epic))
                .map(commitment -> maySeeMoney ? commitment : commitment.withoutValue())
                .sorted(Comparator.comparing(Commitment::promisedDate).thenComparing(Commitment::key))
                .toList();
        List<CustomerKey> promisedTo =
                delivered.stream().map(Commitment::customer).distinct().sorted().toList();
        List<Customer> known =
                promisedTo.stream().map(customers::get).filter(Objects::nonNull).toList();
        Optional<MoneyTotal> value = maySeeMoney
                ? Optional.of(known.stream()
                        .map(customer -> customer.annualValue(rates))
                        .reduce(new MoneyTotal(new Money(0, rates.reportingCurrency()), Set.of()), MoneyTotal::plus))
                : Optional.empty();
        return new EpicPromises(
                epic,
                promisedTo,
                delivered,
                value,
                delivered.stream().map(Commitment::promisedDate).min(LocalDate::compareTo),
                known.stream()
                        .flatMap(customer -> customer.noticeDeadline().stream())
                        .min(LocalDate::compareTo));
    }
}
