package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;

import java.util.Objects;

/**
 * One entry of a customer's history: what changed, and who changed it when and through what.
 *
 * @param description what changed in English, as stored for every version of the app (at most
 *     {@link ChangeDescriptions#MAX_LENGTH} characters)
 * @param details what changed as data, written in the reader's language; null for an entry stored before
 *     histories kept it, or whose English text had to be cut
 */
public record CustomerChange(CustomerKey customerKey, Change change, String description, Description details) {

    public CustomerChange {
        Objects.requireNonNull(customerKey, "customer key");
        Objects.requireNonNull(change, "change");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A history entry says what changed.");
        }
    }

    /** An entry with its English text only, as stored before histories kept what changed as data. */
    public CustomerChange(CustomerKey customerKey, Change change, String description) {
        this(customerKey, change, description, null);
    }

    /** An entry for {@code details}: its English text, and the details themselves when that text was not cut. */
    public static CustomerChange of(CustomerKey customerKey, Change change, Description details) {
        // Written once: an import writes thousands of entries.
        String english = details.english();
        boolean fits = english.length() <= ChangeDescriptions.MAX_LENGTH;
        return new CustomerChange(
                customerKey, change, fits ? english : ChangeDescriptions.limit(english), fits ? details : null);
    }

    /**
     * What changed in the language of {@code texts}, amounts left out unless {@code maySeeMoney}: from the details
     * when the entry has them, else the stored text as it is (amounts then found by their look).
     */
    public String text(Reason.Texts texts, boolean maySeeMoney) {
        if (details == null) {
            return maySeeMoney ? description : ChangeDescriptions.withoutAmounts(description);
        }
        return (maySeeMoney ? details : ChangeDescriptions.withoutAmounts(details)).in(texts);
    }
}
