package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.ao.DescriptionJson;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
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

    /** Marks every key it writes, so a test sees whether a text came from the data or was stored as it is. */
    private static final Reason.Texts MARKED = (key, arguments) -> "<" + key + ">";

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
        Customer tooLong = customer(
                "ACME",
                null,
                Set.of("acme.com"),
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
                }))
                .hasMessage("fails after two writes");

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
    void everyWriteKeepsTheReadModelEqualToTheCustomersColumnsAndRows() {
        StoredCustomer first = customers.upsert(
                customer("ACME", "SF-1", Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE)),
                ADMIN);
        assertReadModelMatchesRows("ACME");

        customers.update(
                new Customer(
                        CustomerKey.of("ACME"),
                        "Acme Renamed",
                        null,
                        Set.of("acme.io", "acme.de"),
                        null,
                        "dan",
                        List.of(
                                contract("C-2", "2026-03-02", ContractStatus.ACTIVE),
                                contract("C-1", "2026-03-01", ContractStatus.EXPIRED))),
                first.version(),
                ADMIN);
        assertReadModelMatchesRows("ACME");

        customers.upsertAll(
                List.of(customer("ACME", null, Set.of()), renewing("GLOBEX", "2026-04-01")),
                Change.byImport("erin", T0, "batch-1"));
        assertReadModelMatchesRows("ACME");
        assertReadModelMatchesRows("GLOBEX");
        customers.upsert(customer("INITECH", null, Set.of()), ADMIN);
        customers.upsert(customer("INITECH", "SF-9", Set.of("initech.eu")), ADMIN);
        assertReadModelMatchesRows("INITECH");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheReadModelAsItWas() {
        Customer acme =
                customer("ACME", null, Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE));
        customers.upsert(acme, ADMIN);
        String before = readModel("ACME");

        // The customer row (with its new read model) is saved before the contract too long to store.
        assertThatThrownBy(() -> customers.upsert(
                        customer(
                                "ACME",
                                null,
                                Set.of("acme.io"),
                                new Contract(
                                        "C".repeat(300),
                                        null,
                                        LocalDate.of(2026, 3, 1),
                                        null,
                                        0,
                                        false,
                                        ContractStatus.ACTIVE)),
                        ADMIN))
                .isInstanceOf(RuntimeException.class);

        assertThat(readModel("ACME")).isEqualTo(before);
        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .containsExactly(acme);
    }

    @Test
    void aBatchOfNewChangedAndUnchangedCustomersKeepsEveryReadModelEqualToItsRows() {
        customers.upsert(
                customer("ACME", "SF-1", Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE)),
                ADMIN);
        customers.upsert(customer("GLOBEX", null, Set.of("globex.com")), ADMIN);
        String globexBefore = readModel("GLOBEX");

        customers.upsertAll(
                List.of(
                        customer(
                                "ACME",
                                "SF-2",
                                Set.of("acme.io", "acme.de"),
                                contract("C-2", "2026-03-02", ContractStatus.ACTIVE),
                                contract("C-1", "2026-03-01", ContractStatus.EXPIRED)),
                        customer("GLOBEX", null, Set.of("globex.com")),
                        customer(
                                "HOOLI",
                                "SF-3",
                                Set.of("acme.com"),
                                contract("H-1", "2026-04-01", ContractStatus.ACTIVE),
                                new Contract(
                                        "H-2", null, LocalDate.of(2026, 5, 1), null, 0, false, ContractStatus.ACTIVE))),
                Change.byImport("erin", T0, "batch-1"));

        assertReadModelMatchesRows("ACME");
        assertReadModelMatchesRows("HOOLI");
        assertThat(readModel("GLOBEX")).isEqualTo(globexBefore);
        assertThat(ao.count(ContractEntity.class)).isEqualTo(4);
        assertThat(ao.count(EmailDomainEntity.class)).isEqualTo(4);
        assertThat(ao.count(CustomerChangeEntity.class)).isEqualTo(4);
    }

    @Test
    void aRowTheDatabaseRefusesInALaterBatchLeavesNothingOfTheEarlierBatches() {
        Customer acme =
                customer("ACME", null, Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE));
        customers.upsert(acme, ADMIN);
        String acmeBefore = readModel("ACME");
        List<Customer> batch = new ArrayList<>();
        batch.add(customer("ACME", null, Set.of("acme.io"), contract("C-9", "2026-03-09", ContractStatus.ACTIVE)));
        for (int i = 0; i < 700; i++) {
            batch.add(renewing("K" + i, "2026-04-01"));
        }
        // Checked by no rule of the adapter, refused by the database when the second batch's contracts are inserted.
        batch.set(
                600,
                customer(
                        "K599",
                        null,
                        Set.of(),
                        new Contract(
                                "C".repeat(300),
                                null,
                                LocalDate.of(2026, 3, 1),
                                null,
                                0,
                                false,
                                ContractStatus.ACTIVE)));

        assertThatThrownBy(() -> customers.upsertAll(batch, Change.byImport("erin", T0, "batch-2")))
                .isInstanceOf(RuntimeException.class);

        assertThat(ao.count(CustomerEntity.class)).isEqualTo(1);
        assertThat(ao.count(ContractEntity.class)).isEqualTo(1);
        assertThat(ao.count(EmailDomainEntity.class)).isEqualTo(1);
        assertThat(ao.count(CustomerChangeEntity.class)).isEqualTo(1);
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(acme);
        assertThat(readModel("ACME")).isEqualTo(acmeBefore);
    }

    @Test
    void aPageReadsACustomerWithoutReadModelFromItsColumnsAndRows() {
        Customer acme = customer(
                "ACME",
                "SF-1",
                Set.of("acme.com"),
                contract("C-1", "2026-03-01", ContractStatus.ACTIVE),
                contract("C-0", "2025-03-01", ContractStatus.EXPIRED));
        Customer globex = renewing("GLOBEX", "2026-03-02");
        Customer hooli = renewing("HOOLI", "2026-03-03");
        customers.upsert(acme, ADMIN);
        // Versions 1, 3 and 2, so a version read for the wrong row (derived or not) shows.
        customers.upsert(renewing("GLOBEX", "2026-03-04"), ADMIN);
        customers.upsert(renewing("GLOBEX", "2026-03-05"), ADMIN);
        customers.upsert(globex, ADMIN);
        customers.upsert(renewing("HOOLI", "2026-03-04"), ADMIN);
        customers.upsert(hooli, ADMIN);
        // As rows stored before the column existed and not upgraded (the preview's kept databases, say).
        for (String key : List.of("ACME", "HOOLI")) {
            CustomerEntity row = ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", key)[0];
            row.setReadModel(null);
            row.save();
        }
        assertThat(readModel("ACME")).isNull();

        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .containsExactly(acme, globex, hooli);
        assertThat(customers.matching("", 0, 10).customers()).containsExactly(acme, globex, hooli);
        assertThat(customers.matching("", 0, 10).stored())
                .extracting(StoredCustomer::version)
                .containsExactly(1L, 3L, 2L);
    }

    @Test
    void aPageRefusesAMalformedReadModelNamingTheCustomer() {
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        CustomerEntity row = ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", "ACME")[0];
        row.setReadModel("14:ACME4:Acme---C99:C-1");
        row.save();

        assertThatThrownBy(() -> customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Customer read model of ACME is malformed at position 17: expected 99 characters.");
    }

    private String readModel(String key) {
        return ao
                .find(
                        CustomerEntity.class,
                        Query.select("ID, CUSTOMER_KEY, READ_MODEL").where("CUSTOMER_KEY = ?", key))[0]
                .getReadModel();
    }

    /** The read model decodes to what the customer's columns and rows hold ({@code findByKey} reads those). */
    private void assertReadModelMatchesRows(String key) {
        Customer fromRows = customers.findByKey(CustomerKey.of(key)).orElseThrow();
        assertThat(CustomerReadModel.decode(readModel(key))).as(key).isEqualTo(fromRows);
        assertThat(ao.count(
                        ContractEntity.class,
                        Query.select()
                                .where(
                                        "CUSTOMER_ID = ?",
                                        ao.find(CustomerEntity.class, "CUSTOMER_KEY = ?", key)[0].getID())))
                .isEqualTo(fromRows.contracts().size());
    }

    @Test
    void anEntryStoredWithoutDataShowsItsStoredTextWithAmountsHiddenByTheirLook() {
        // As an earlier version of the app stored it: the English text only.
        ao.create(
                CustomerChangeEntity.class,
                new DBParam("CUSTOMER_KEY", "ACME"),
                new DBParam("REVISION", 1L),
                new DBParam("AUTHOR", "alice"),
                new DBParam("CHANGED_AT", new Date(T0.toEpochMilli())),
                new DBParam("CHANGE_SOURCE", "ADMIN_PAGE"),
                new DBParam("DESCRIPTION", "contract C-1 changed (value 120.00 USD → 99.00 EUR)"));

        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.details()).isNull();
                    assertThat(entry.text(MARKED, true))
                            .isEqualTo("contract C-1 changed (value 120.00 USD → 99.00 EUR)");
                    assertThat(entry.text(MARKED, false))
                            .isEqualTo("contract C-1 changed (value (amount hidden) → (amount hidden))");
                });
    }

    @Test
    void anEntryWhoseDataCannotBeReadShowsItsStoredText() {
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        customers.upsert(renewing("ACME", "2026-04-01"), ADMIN);
        CustomerChangeEntity[] rows =
                ao.find(CustomerChangeEntity.class, Query.select().order("REVISION"));
        rows[0].setDescriptionData("{\"format\":1,\"parts\":[{\"key\":\"promise-keeper.reason.from.a.later.version\"");
        rows[0].save();
        rows[1].setDescriptionData(
                "{\"format\":1,\"parts\":[{\"key\":\"promise-keeper.reason.from.a.later.version\"," + "\"args\":[]}]}");
        rows[1].save();

        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10))
                .extracting(entry -> entry.text(MARKED, true))
                .containsExactly(
                        "contract ACME-1 changed (start 2025-03-01 → 2025-04-01, renewal 2026-03-01 → 2026-04-01)",
                        "created ACME (Acme Corp) with 1 contract(s)");
    }

    @Test
    void theBatchedWriteOfAnImportStoresWhatChangedAsData() {
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);

        customers.upsertAll(
                List.of(renewing("ACME", "2026-04-01"), renewing("HOOLI", "2026-06-01")),
                Change.byImport("erin", T0.plusSeconds(60), "batch-9"));

        assertThat(ao.find(
                        CustomerChangeEntity.class,
                        Query.select("ID, CUSTOMER_KEY, DESCRIPTION_DATA").where("IMPORT_BATCH_ID = ?", "batch-9")))
                .hasSize(2)
                .allSatisfy(row -> assertThat(DescriptionJson.read(row.getDescriptionData()))
                        .as(row.getCustomerKey())
                        .isPresent());
    }

    @Test
    void tablesCarryTheAtlassianPrefixAndShortUpperCaseNames() {
        String prefix = TestDatabase.tablePrefix();
        assertThat(ao.entityManager().getTableNameConverter().getName(CustomerEntity.class))
                .isEqualTo(prefix + "CUSTOMER");
        assertThat(ao.entityManager().getTableNameConverter().getName(CustomerChangeEntity.class))
                .isEqualTo(prefix + "CUSTOMER_CHANGE");
    }
}
