package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.List;
import java.util.Map;

/** What the previous checks left: the recorded states and the alerts still open. */
public record SlipRecord(
        Map<IssueKey, CommitmentState> commitments, Map<CustomerKey, CustomerState> customers, List<StoredAlert> open) {

    public SlipRecord {
        commitments = Map.copyOf(commitments);
        customers = Map.copyOf(customers);
        open = List.copyOf(open);
    }

    /** Nothing recorded yet: the first check records a baseline and raises nothing. */
    public static SlipRecord empty() {
        return new SlipRecord(Map.of(), Map.of(), List.of());
    }
}
