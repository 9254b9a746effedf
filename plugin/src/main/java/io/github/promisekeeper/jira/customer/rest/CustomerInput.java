package io.github.promisekeeper.jira.customer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.web.ErrorView;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The body of {@code PUT /customers/{key}}: the customer as {@link CustomerView} shows it. {@code version}
 * is required to update and absent to create; {@code nextRenewal} and {@code noticeDeadline} are derived,
 * accepted so a fetched customer can be sent back, and ignored.
 */
public record CustomerInput(
        String key,
        String name,
        String crmId,
        List<String> domains,
        String tier,
        String owner,
        Long version,
        LocalDate nextRenewal,
        LocalDate noticeDeadline,
        List<ContractInput> contracts) {

    /** One contract of the body; {@code status} is active (default), expired or cancelled. */
    public record ContractInput(
            String id,
            LocalDate start,
            LocalDate renewal,
            Integer noticeDays,
            Boolean autoRenew,
            String status,
            MoneyView value) {}

    /** The customer the body describes, or every field error found in it. */
    record Checked(Customer customer, List<ErrorView.FieldError> errors) {}

    /**
     * Converts the body into a customer with {@code key}; contracts without a value keep the value stored
     * for the same contract id in {@code keptValues} (so viewers without the money right never erase it). Every
     * field error is written in the language of {@code i18n}.
     */
    Checked toCustomer(CustomerKey pathKey, Map<String, Money> keptValues, I18nResolver i18n) {
        ReasonTexts reasons = new ReasonTexts(i18n);
        List<ErrorView.FieldError> errors = new ArrayList<>();
        if (key != null && !key.equals(pathKey.value())) {
            errors.add(new ErrorView.FieldError(
                    "key", i18n.getText("promise-keeper.rest.error.customer.key-differs", key, pathKey.value())));
        }
        List<Contract> converted = new ArrayList<>();
        List<ContractInput> given = contracts == null ? List.of() : contracts;
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ContractInput contract = given.get(i);
            String at = "contracts[" + i + "]";
            if (contract == null) {
                errors.add(new ErrorView.FieldError(at, i18n.getText("promise-keeper.rest.error.contract.null")));
                continue;
            }
            if (contract.id() != null && !ids.add(contract.id())) {
                errors.add(new ErrorView.FieldError(
                        at + ".id", i18n.getText("promise-keeper.rest.error.contract.twice", contract.id())));
            }
            Optional<ContractStatus> status = status(contract.status());
            if (status.isEmpty()) {
                errors.add(new ErrorView.FieldError(
                        at, i18n.getText("promise-keeper.rest.error.contract.status", contract.status())));
                continue;
            }
            if (contract.value() != null
                    && (contract.value().amount() == null || contract.value().currency() == null)) {
                errors.add(new ErrorView.FieldError(at, i18n.getText("promise-keeper.rest.error.contract.value")));
                continue;
            }
            try {
                Money value = contract.value() != null
                        ? contract.value().toMoney()
                        : keptValues.get(Objects.requireNonNullElse(contract.id(), ""));
                if (contract.renewal() == null) {
                    errors.add(new ErrorView.FieldError(
                            at + ".renewal", i18n.getText("promise-keeper.rest.error.contract.renewal")));
                    continue;
                }
                converted.add(new Contract(
                        contract.id(),
                        contract.start(),
                        contract.renewal(),
                        value,
                        Objects.requireNonNullElse(contract.noticeDays(), 0),
                        Boolean.TRUE.equals(contract.autoRenew()),
                        status.get()));
            } catch (IllegalArgumentException e) {
                errors.add(new ErrorView.FieldError(at, reasons.message(e)));
            }
        }
        List<String> domainList = domains == null ? List.of() : domains;
        for (int i = 0; i < domainList.size(); i++) {
            try {
                EmailDomains.normalize(domainList.get(i));
            } catch (IllegalArgumentException e) {
                // Refused here, at its field, rather than by the store after the customer was accepted.
                errors.add(new ErrorView.FieldError("domains[" + i + "]", reasons.message(e)));
            }
        }
        Customer customer = null;
        try {
            customer = new Customer(
                    pathKey,
                    name,
                    crmId == null || crmId.isBlank() ? null : crmId.strip(),
                    domains == null
                            ? null
                            : domains.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
                    tier,
                    owner,
                    converted);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new ErrorView.FieldError(customerField(e), reasons.message(e)));
        }
        return new Checked(errors.isEmpty() ? customer : null, List.copyOf(errors));
    }

    /** The body's field a refused customer names: the one the value check refused, else the name when it is blank. */
    private String customerField(RuntimeException refused) {
        if (refused instanceof InvalidValueException invalid) {
            switch (invalid.why().key()) {
                case CUSTOMER_CRM_ID_TOO_LONG:
                    return "crmId";
                case CUSTOMER_TIER_TOO_LONG:
                    return "tier";
                case CUSTOMER_OWNER_TOO_LONG:
                    return "owner";
                default:
                    break;
            }
        }
        return name == null || name.isBlank() ? "name" : null;
    }

    /** The contract status the body names (active when it names none), or empty for a word that is not one. */
    private static Optional<ContractStatus> status(String word) {
        if (word == null) {
            return Optional.of(ContractStatus.ACTIVE);
        }
        try {
            return Optional.of(ContractStatus.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the body sets any contract value (which needs the money right). */
    boolean setsMoney() {
        return contracts != null
                && contracts.stream().anyMatch(contract -> contract != null && contract.value() != null);
    }
}
