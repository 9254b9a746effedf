package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;

import java.util.Objects;

/** One viewer's radar question: the next {@code days} days counted against {@code basis}, tickets within {@code scope}. */
public record RadarRequest(int days, WindowBasis basis, Scope scope, boolean maySeeMoney) {

    public RadarRequest {
        if (days < 1 || days > RenewalWindow.MAX_DAYS) {
            throw new IllegalArgumentException(
                    "A radar looks 1 to " + RenewalWindow.MAX_DAYS + " days ahead, not " + days + ".");
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(scope, "scope");
    }
}
