package io.github.promisekeeper.jira.customer.rest;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.web.ErrorView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
     * for the same contract id in {@code keptValues} (so viewers without the money right never erase it).
     */
    Checked toCustomer(CustomerKey pathKey, Map<String, Money> keptValues) {
        List<ErrorView.FieldError> errors = new ArrayList<>();
        if (key != null && !key.equals(pathKey.value())) {
            errors.add(new ErrorView.FieldError(
                    "key", "The body's key '" + key + "' differs from the path's '" + pathKey + "'."));
        }
        List<Contract> converted = new ArrayList<>();
        List<ContractInput> given = contracts == null ? List.of() : contracts;
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ContractInput contract = given.get(i);
            String at = "contracts[" + i + "]";
            if (contract == null) {
                errors.add(new ErrorView.FieldError(at, "A contract cannot be null."));
                continue;
            }
            if (contract.id() != null && !ids.add(contract.id())) {
                errors.add(new ErrorView.FieldError(at + ".id", "Contract " + contract.id() + " appears twice."));
            }
            try {
                ContractStatus status = contract.status() == null
                        ? ContractStatus.ACTIVE
                        : ContractStatus.valueOf(contract.status().toUpperCase(Locale.ROOT));
                Money value = contract.value() != null
                        ? contract.value().toMoney()
                        : keptValues.get(Objects.requireNonNullElse(contract.id(), ""));
                if (contract.renewal() == null) {
                    errors.add(new ErrorView.FieldError(at + ".renewal", "A contract needs a renewal date."));
                    continue;
                }
                converted.add(new Contract(
                        contract.id(),
                        contract.start(),
                        contract.renewal(),
                        value,
                        Objects.requireNonNullElse(contract.noticeDays(), 0),
                        Boolean.TRUE.equals(contract.autoRenew()),
                        status));
            } catch (IllegalArgumentException e) {
                errors.add(new ErrorView.FieldError(
                        at,
                        e.getMessage().startsWith("No enum constant")
                                ? "Status '" + contract.status() + "' is not active, expired or cancelled."
                                : e.getMessage()));
            }
        }
        Customer customer = null;
        try {
            customer = new Customer(
                    pathKey,
                    name,
                    crmId == null || crmId.isBlank() ? null : crmId.strip(),
                    domains == null ? null : new HashSet<>(domains),
                    tier,
                    owner,
                    converted);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new ErrorView.FieldError(name == null || name.isBlank() ? "name" : null, e.getMessage()));
        }
        return new Checked(errors.isEmpty() ? customer : null, List.copyOf(errors));
    }

    /** Whether the body sets any contract value (which needs the money right). */
    boolean setsMoney() {
        return contracts != null
                && contracts.stream().anyMatch(contract -> contract != null && contract.value() != null);
    }
}
