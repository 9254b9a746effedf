package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer's short, stable key: 2 to 20 characters, upper-case letters, digits and underscores,
 * starting with a letter (for example {@code ACME} or {@code GLOBEX_EU}).
 */
public record CustomerKey(String value) implements Comparable<CustomerKey> {

    public static final int MAX_LENGTH = 20;
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1," + (MAX_LENGTH - 1) + "}");

    public CustomerKey {
        Objects.requireNonNull(value, "customer key");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(ReasonKey.CUSTOMER_KEY_MALFORMED, value, Integer.toString(MAX_LENGTH));
        }
    }

    public static CustomerKey of(String value) {
        return new CustomerKey(value);
    }

    @Override
    public int compareTo(CustomerKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
