package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link Customers} contract plus what only a real database can get wrong: atomicity and races. */
abstract class AoCustomersContract extends CustomersContract {

    protected EntityManagerActiveObjects ao;

    protected abstract TestDatabase database();

    @Override
    protected Customers emptyCustomers() {
        ao = new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(DataModel.entities());
        return new AoCustomers(ao);
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNothingBehind() {
        // The customer and history rows are written before the contract whose id is too long to store.
        Customer tooLong = customer("ACME", null, Set.of("acme.com"),
                new Contract("C".repeat(300), null, LocalDate.of(2026, 3, 1), null, 0, false, ContractStatus.ACTIVE));

        assertThatThrownBy(() -> customers.upsert(tooLong, ADMIN)).isInstanceOf(RuntimeException.class);

        assertThat(ao.count(CustomerEntity.class)).isZero();
        assertThat(ao.count(CustomerChangeEntity.class)).isZero();
        assertThat(ao.count(EmailDomainEntity.class)).isZero();
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isEmpty();
    }

    @Test
    void executeInTransactionRollsBackEverythingTheCallbackWroteWhenItThrows() {
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
            customers.upsert(renewing("GLOBEX", "2026-03-01"), ADMIN);
            throw new IllegalStateException("fails after two writes");
        })).hasMessage("fails after two writes");

        assertThat(ao.count(CustomerEntity.class)).isZero();
        assertThat(ao.count(ContractEntity.class)).isZero();
        assertThat(ao.count(CustomerChangeEntity.class)).isZero();
    }

    @Test
    void concurrentEditsFromTheSameVersionLetExactlyOneWin() throws Exception {
        StoredCustomer read = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String renewal = "2026-0" + (i + 4) + "-01"; // each editor changes something
                Callable<Boolean> edit = () -> {
                    start.await();
                    try {
                        customers.update(renewing("ACME", renewal), read.version(), ADMIN);
                        return true;
                    } catch (CustomerConflictException conflict) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(edit));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> outcome : outcomes) {
                wins += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        StoredCustomer after = customers.findStoredByKey(CustomerKey.of("ACME")).orElseThrow();
        assertThat(after.version()).isEqualTo(read.version() + 1);
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).hasSize(2);
    }

    @Test
    void tablesCarryTheAtlassianPrefixAndShortUpperCaseNames() {
        String prefix = TestDatabase.tablePrefix();
        assertThat(ao.entityManager().getTableNameConverter().getName(CustomerEntity.class)).isEqualTo(prefix + "CUSTOMER");
        assertThat(ao.entityManager().getTableNameConverter().getName(CustomerChangeEntity.class))
                .isEqualTo(prefix + "CUSTOMER_CHANGE");
    }
}
