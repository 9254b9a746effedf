package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.InMemoryCustomers;

/** The reference implementation keeps the same contract as the database adapter. */
class InMemoryCustomersTest extends CustomersContract {

    @Override
    protected Customers emptyCustomers() {
        return new InMemoryCustomers();
    }
}
