package io.github.promisekeeper.core.customer;

import java.util.List;

/**
 * One page of customers matching a search, each with the version an edit of it must carry, and how many
 * match in all.
 */
public record CustomerPage(List<StoredCustomer> stored, int offset, int total) {

    public CustomerPage {
        stored = List.copyOf(stored);
        if (offset < 0 || total < 0) {
            throw new IllegalArgumentException("Offset and total are never negative.");
        }
    }

    /** The page's customers, without their versions. */
    public List<Customer> customers() {
        return stored.stream().map(StoredCustomer::customer).toList();
    }

    public boolean hasMore() {
        return offset + stored.size() < total;
    }
}
