package io.github.promisekeeper.core.customer;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerEditsTest {

    private static final Change ALICE = Change.onAdminPage("alice", Instant.parse("2026-11-27T08:00:00Z"));

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final CustomerEdits edits = new CustomerEdits(customers);

    @Test
    void createsANewCustomer() {
        CustomerEdits.Outcome outcome = edits.save(customer("ACME", "SF-1"), Optional.empty(), ALICE);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        CustomerEdits.Saved.class,
                        saved -> assertThat(saved.created()).isTrue());
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(customer("ACME", "SF-1"));
    }

    @Test
    void refusesToCreateOverAnExistingKeyWithoutTheVersionRead() {
        customers.save(customer("ACME", "SF-1"));

        assertThat(edits.save(customer("ACME", "SF-2"), Optional.empty(), ALICE))
                .isEqualTo(new CustomerEdits.KeyTaken(CustomerKey.of("ACME")));
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(customer("ACME", "SF-1"));
    }

    @Test
    void refusesANewKeyWhoseCrmIdBelongsToAnotherCustomerRatherThanRekeyingIt() {
        customers.save(customer("WAYNE", "SF-1"));

        assertThat(edits.save(customer("NEWKEY", "SF-1"), Optional.empty(), ALICE))
                .isEqualTo(new CustomerEdits.CrmIdTaken("SF-1", CustomerKey.of("WAYNE")));
        assertThat(customers.findByKey(CustomerKey.of("WAYNE"))).isPresent();
        assertThat(customers.findByKey(CustomerKey.of("NEWKEY"))).isEmpty();
    }

    @Test
    void updatesFromTheVersionReadAndRefusesAStaleOne() {
        long version = customers.upsert(customer("ACME", "SF-1"), ALICE).version();

        CustomerEdits.Outcome outcome = edits.save(customer("ACME", "SF-9"), Optional.of(version), ALICE);

        assertThat(outcome).isInstanceOfSatisfying(CustomerEdits.Saved.class, saved -> {
            assertThat(saved.created()).isFalse();
            assertThat(saved.customer().customer().crmId()).isEqualTo("SF-9");
        });
        assertThatThrownBy(() -> edits.save(customer("ACME", "SF-10"), Optional.of(version), ALICE))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(CustomerConflictException.Reason.STALE_VERSION));
    }

    private static Customer customer(String key, String crmId) {
        return new Customer(
                CustomerKey.of(key),
                key + " Inc",
                crmId,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        key + "-1", null, LocalDate.parse("2027-06-01"), null, 30, true, ContractStatus.ACTIVE)));
    }
}
