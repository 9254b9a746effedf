package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

import java.util.Locale;
import java.util.stream.Collectors;

/** Email domains as they are stored and looked up: trimmed, lower case, at most 255 characters. */
public final class EmailDomains {

    public static final int MAX_LENGTH = 255;

    private EmailDomains() {}

    public static String normalize(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new InvalidValueException(ReasonKey.EMAIL_DOMAIN_BLANK);
        }
        String normalized = domain.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_LENGTH) {
            throw new InvalidValueException(ReasonKey.EMAIL_DOMAIN_TOO_LONG, Integer.toString(MAX_LENGTH));
        }
        return normalized;
    }

    /** The same customer with its domains normalized. */
    public static Customer normalize(Customer customer) {
        return new Customer(
                customer.key(),
                customer.name(),
                customer.crmId(),
                customer.emailDomains().stream().map(EmailDomains::normalize).collect(Collectors.toSet()),
                customer.tier(),
                customer.owner(),
                customer.contracts());
    }
}
