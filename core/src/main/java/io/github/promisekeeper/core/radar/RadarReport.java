package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A radar: the customers in a window ranked by risk (highest first, then score, then the earliest
 * decision, then key), their total value when the viewer may see money, and whether more customers
 * renew than one radar reads.
 */
public record RadarReport(
        RenewalWindow window,
        WindowBasis basis,
        List<RadarEntry> entries,
        Optional<MoneyTotal> totalValue,
        boolean truncated) {

    public RadarReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(totalValue, "total value");
        entries = List.copyOf(entries);
    }
}
