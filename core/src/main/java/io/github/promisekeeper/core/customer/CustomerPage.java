package io.github.promisekeeper.core.customer;

import java.util.List;

/** One page of customers matching a search, and how many match in all. */
public record CustomerPage(List<Customer> customers, int offset, int total) {

    public CustomerPage {
        customers = List.copyOf(customers);
        if (offset < 0 || total < 0) {
            throw new IllegalArgumentException("Offset and total are never negative.");
        }
    }

    public boolean hasMore() {
        return offset + customers.size() < total;
    }
}
