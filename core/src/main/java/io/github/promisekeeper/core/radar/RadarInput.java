package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.OpenTickets;

import java.util.List;
import java.util.Objects;

/**
 * Everything a radar is drawn from: the window and what it is counted against, the customers, their
 * open tickets (grouped by customer), their commitments with health, and whether the viewer may see money.
 */
public record RadarInput(
        RenewalWindow window,
        WindowBasis basis,
        List<Customer> customers,
        OpenTickets openTickets,
        List<CommitmentHealth> commitments,
        boolean maySeeMoney) {

    public RadarInput {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(basis, "basis");
        customers = List.copyOf(customers);
        Objects.requireNonNull(openTickets, "open tickets");
        commitments = List.copyOf(commitments);
    }
}
