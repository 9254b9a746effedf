package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;
import io.github.promisekeeper.jira.customer.ao.CustomerEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerReadModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Upgrading data stored by model version 2 to the current model, on a real database. */
abstract class DeriveReadModelColumnUpgradeTaskContract {

    protected abstract TestDatabase database();

    @Test
    void customersStoredByVersionTwoGetTheirReadModelAndReadBackWhole() {
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(frozenModelV2());
        FrozenModelV2.CustomerV2 acme = ao.create(
                FrozenModelV2.CustomerV2.class,
                new DBParam("CUSTOMER_KEY", "ACME"),
                new DBParam("CUSTOMER_NAME", "Acme Inc"),
                new DBParam("CRM_ID", "SF-1"),
                new DBParam("TIER", "gold"),
                new DBParam("OWNER", "carol"),
                new DBParam("NEXT_RENEWAL", "2026-04-01"),
                new DBParam("SEARCH_TEXT", "acme\nacme inc\nsf-1"),
                new DBParam("REVISION", 3L));
        // Saved out of id order, with a value in one and none in the other, and an id full of the format's marks.
        contract(ao, acme, "C-2;D1:x,", null, "2026-09-01", null, null, "EXPIRED", 1);
        contract(ao, acme, "C-1", "2025-04-01", "2026-04-01", 1_200_050L, "EUR", "ACTIVE", 0);
        domain(ao, acme, "acme.com");
        domain(ao, acme, "acme.io");
        customer(ao, "IDLE", "Idle Ltd", null, null, 1);
        for (int i = 1; i <= 4; i++) {
            FrozenModelV2.CustomerV2 more = customer(ao, "MORE" + i, "More " + i, null, "2026-05-0" + i, 1);
            contract(ao, more, "M-" + i, null, "2026-05-0" + i, 100L * i, "JPY", "ACTIVE", 0);
        }

        // Batches of four: the six customers take two, the second one short.
        new DeriveReadModelColumnUpgradeTask().upgrade(ao, 4);

        Customer expectedAcme = new Customer(
                CustomerKey.of("ACME"),
                "Acme Inc",
                "SF-1",
                Set.of("acme.com", "acme.io"),
                "gold",
                "carol",
                List.of(
                        new Contract(
                                "C-1",
                                LocalDate.of(2025, 4, 1),
                                LocalDate.of(2026, 4, 1),
                                Money.of("12000.50", "EUR"),
                                30,
                                true,
                                ContractStatus.ACTIVE),
                        new Contract(
                                "C-2;D1:x,", null, LocalDate.of(2026, 9, 1), null, 30, true, ContractStatus.EXPIRED)));
        Map<String, String> readModels = readModels(ao);
        assertThat(readModels).hasSize(6).doesNotContainValue(null);
        assertThat(CustomerReadModel.decode(readModels.get("ACME"))).isEqualTo(expectedAcme);
        assertThat(CustomerReadModel.decode(readModels.get("IDLE")))
                .isEqualTo(new Customer(CustomerKey.of("IDLE"), "Idle Ltd", null, Set.of(), null, null, List.of()));
        assertThat(CustomerReadModel.decode(readModels.get("MORE4")).contracts())
                .extracting(Contract::id)
                .containsExactly("M-4");

        AoCustomers customers = new AoCustomers(ao);
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(expectedAcme);
        List<Customer> renewing = customers.renewingBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10);
        assertThat(renewing)
                .extracting(c -> c.key().value())
                .containsExactly("ACME", "MORE1", "MORE2", "MORE3", "MORE4");
        assertThat(renewing.get(0)).isEqualTo(expectedAcme);
        assertThat(renewing.get(3))
                .isEqualTo(customers.findByKey(CustomerKey.of("MORE3")).orElseThrow());
        assertThat(customers.matching("idle", 0, 10).customers())
                .containsExactly(customers.findByKey(CustomerKey.of("IDLE")).orElseThrow());
        assertThat(customers
                        .findStoredByKey(CustomerKey.of("ACME"))
                        .orElseThrow()
                        .version())
                .isEqualTo(3);
    }

    @Test
    void upgradingAnEmptyDatabaseChangesNothing() {
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(frozenModelV2());

        new DeriveReadModelColumnUpgradeTask().upgrade(ao);

        assertThat(ao.count(CustomerEntity.class)).isZero();
    }

    /** Each customer's raw {@code READ_MODEL} text by key, read past the adapter. */
    static Map<String, String> readModels(EntityManagerActiveObjects ao) {
        Map<String, String> readModels = new HashMap<>();
        Arrays.stream(ao.find(CustomerEntity.class, Query.select("ID, CUSTOMER_KEY, READ_MODEL")))
                .forEach(row -> readModels.put(row.getCustomerKey(), row.getReadModel()));
        return readModels;
    }

    private static FrozenModelV2.CustomerV2 customer(
            EntityManagerActiveObjects ao, String key, String name, String crmId, String nextRenewal, long revision) {
        return ao.create(
                FrozenModelV2.CustomerV2.class,
                new DBParam("CUSTOMER_KEY", key),
                new DBParam("CUSTOMER_NAME", name),
                new DBParam("CRM_ID", crmId),
                new DBParam("NEXT_RENEWAL", nextRenewal),
                new DBParam("SEARCH_TEXT", key.toLowerCase()),
                new DBParam("REVISION", revision));
    }

    private static void contract(
            EntityManagerActiveObjects ao,
            FrozenModelV2.CustomerV2 customer,
            String id,
            String start,
            String renewal,
            Long valueMinor,
            String currency,
            String status,
            int order) {
        ao.create(
                FrozenModelV2.ContractV2.class,
                new DBParam("CUSTOMER_ID", customer.getID()),
                new DBParam("CONTRACT_ID", id),
                new DBParam("LIST_ORDER", order),
                new DBParam("START_DATE", start),
                new DBParam("RENEWAL_DATE", renewal),
                new DBParam("VALUE_MINOR", valueMinor),
                new DBParam("CURRENCY", currency),
                new DBParam("NOTICE_DAYS", 30),
                new DBParam("AUTO_RENEW", true),
                new DBParam("STATUS", status));
    }

    private static void domain(EntityManagerActiveObjects ao, FrozenModelV2.CustomerV2 customer, String domain) {
        ao.create(
                FrozenModelV2.EmailDomainV2.class,
                new DBParam("CUSTOMER_ID", customer.getID()),
                new DBParam("DOMAIN_NAME", domain));
    }

    /** Model 2's entities as the array AO's migrate takes (Java cannot create a generic array). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends RawEntity<?>>[] frozenModelV2() {
        return FrozenModelV2.ENTITIES.toArray(new Class[0]);
    }
}
