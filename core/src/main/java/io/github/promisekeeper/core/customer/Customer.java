package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer account with its contracts. Its next renewal is the earliest renewal among its active
 * contracts; a customer with no active contract has none.
 */
public record Customer(
        CustomerKey key,
        String name,
        String crmId,
        Set<String> emailDomains,
        String tier,
        String owner,
        List<Contract> contracts) {

    public static final int MAX_NAME_LENGTH = 255;
    /** The longest CRM id, tier or owner a customer may have: what the store's columns hold. */
    public static final int MAX_FIELD_LENGTH = 255;

    private static final Comparator<Contract> RENEWS_FIRST =
            Comparator.comparing(Contract::renewal).thenComparing(Contract::id);

    public Customer {
        Objects.requireNonNull(key, "key");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(ReasonKey.CUSTOMER_NAME_MISSING, key.value());
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(ReasonKey.CUSTOMER_NAME_TOO_LONG, Integer.toString(MAX_NAME_LENGTH));
        }
        checkLength(crmId, ReasonKey.CUSTOMER_CRM_ID_TOO_LONG);
        checkLength(tier, ReasonKey.CUSTOMER_TIER_TOO_LONG);
        checkLength(owner, ReasonKey.CUSTOMER_OWNER_TOO_LONG);
        emailDomains = Set.copyOf(emailDomains == null ? Set.of() : emailDomains);
        contracts = List.copyOf(contracts == null ? List.of() : contracts);
    }

    /** The active contract that renews first (the first by id among those renewing the same day), if any. */
    public Optional<Contract> nextRenewingContract() {
        // A loop rather than a stream: a radar asks this of every customer it reads.
        Contract next = null;
        for (Contract contract : contracts) {
            if (contract.isActive() && (next == null || RENEWS_FIRST.compare(contract, next) < 0)) {
                next = contract;
            }
        }
        return Optional.ofNullable(next);
    }

    public Optional<LocalDate> nextRenewal() {
        return nextRenewingContract().map(Contract::renewal);
    }

    public Optional<LocalDate> noticeDeadline() {
        return nextRenewingContract().map(Contract::noticeDeadline);
    }

    /** The annual value of all active contracts in the reporting currency, naming currencies without a rate. */
    public MoneyTotal annualValue(ExchangeRates rates) {
        List<Money> values = new ArrayList<>(contracts.size());
        for (Contract contract : contracts) {
            if (contract.isActive() && contract.annualValue() != null) {
                values.add(contract.annualValue());
            }
        }
        return rates.total(values);
    }

    private static void checkLength(String value, ReasonKey tooLong) {
        if (value != null && value.length() > MAX_FIELD_LENGTH) {
            throw new InvalidValueException(tooLong, Integer.toString(MAX_FIELD_LENGTH));
        }
    }
}
