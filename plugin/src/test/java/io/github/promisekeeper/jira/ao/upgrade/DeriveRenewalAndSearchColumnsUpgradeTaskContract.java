package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Upgrading data stored by model version 1 to the current model, on a real database, through every task. */
abstract class DeriveRenewalAndSearchColumnsUpgradeTaskContract {

    protected abstract TestDatabase database();

    @Test
    void customersStoredByVersionOneRenewAndMatchSearchesAfterTheUpgrade() {
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(FrozenModelV1.CustomerV1.class, FrozenModelV1.ContractV1.class);
        FrozenModelV1.CustomerV1 acme = ao.create(
                FrozenModelV1.CustomerV1.class,
                new DBParam("CUSTOMER_KEY", "ACME"),
                new DBParam("CUSTOMER_NAME", "Acme Inc"),
                new DBParam("CRM_ID", "SF-1"),
                new DBParam("REVISION", 3L));
        contract(ao, acme, "C-1", "2026-09-01", "ACTIVE", 0);
        contract(ao, acme, "C-2", "2026-03-01", "CANCELLED", 1);
        contract(ao, acme, "C-3", "2026-04-01", "ACTIVE", 2);
        ao.create(
                FrozenModelV1.CustomerV1.class,
                new DBParam("CUSTOMER_KEY", "IDLE"),
                new DBParam("CUSTOMER_NAME", "Idle Ltd"),
                new DBParam("REVISION", 1L));

        // As Jira runs them: every task above the stored model version, in order.
        new DeriveRenewalAndSearchColumnsUpgradeTask().upgrade(ao);
        new DeriveReadModelColumnUpgradeTask().upgrade(ao);

        AoCustomers customers = new AoCustomers(ao);
        assertThat(customers.renewingBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10))
                .extracting(Customer::key)
                .containsExactly(CustomerKey.of("ACME"));
        Customer upgraded = customers.findByKey(CustomerKey.of("ACME")).orElseThrow();
        assertThat(upgraded.nextRenewal()).contains(LocalDate.of(2026, 4, 1));
        assertThat(upgraded.contracts()).extracting(c -> c.id()).containsExactly("C-1", "C-2", "C-3");
        assertThat(customers
                        .findStoredByKey(CustomerKey.of("ACME"))
                        .orElseThrow()
                        .version())
                .isEqualTo(3);
        assertThat(customers.matching("sf-1", 0, 10).customers())
                .extracting(Customer::key)
                .containsExactly(CustomerKey.of("ACME"));
        assertThat(customers.matching("idle", 0, 10).total()).isEqualTo(1);
        assertThat(DeriveReadModelColumnUpgradeTaskContract.readModels(ao))
                .hasSize(2)
                .doesNotContainValue(null);
        assertThat(customers.renewingBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10))
                .containsExactly(upgraded);
    }

    private static void contract(
            EntityManagerActiveObjects ao,
            FrozenModelV1.CustomerV1 customer,
            String id,
            String renewal,
            String status,
            int order) {
        ao.create(
                FrozenModelV1.ContractV1.class,
                new DBParam("CUSTOMER_ID", customer.getID()),
                new DBParam("CONTRACT_ID", id),
                new DBParam("LIST_ORDER", order),
                new DBParam("RENEWAL_DATE", renewal),
                new DBParam("NOTICE_DAYS", 30),
                new DBParam("AUTO_RENEW", false),
                new DBParam("STATUS", status));
    }
}
