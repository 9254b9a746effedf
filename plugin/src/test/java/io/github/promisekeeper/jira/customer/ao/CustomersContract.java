package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeDescriptions;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerConflictException.Reason;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.StoredCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.promisekeeper.core.Reason.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Customers} must do; one subclass per implementation and database. */
public abstract class CustomersContract {

    protected static final Instant T0 = Instant.parse("2026-01-05T10:15:30Z");
    protected static final Change ADMIN = Change.onAdminPage("alice", T0);

    protected Customers customers;

    /** A new, empty store. */
    protected abstract Customers emptyCustomers();

    @BeforeEach
    void startEmpty() {
        customers = emptyCustomers();
    }

    protected static Contract contract(String id, String renewal, ContractStatus status) {
        return new Contract(
                id,
                LocalDate.parse(renewal).minusYears(1),
                LocalDate.parse(renewal),
                Money.of("12000.50", "EUR"),
                30,
                true,
                status);
    }

    protected static Customer customer(String key, String crmId, Set<String> domains, Contract... contracts) {
        return new Customer(
                CustomerKey.of(key),
                key.charAt(0) + key.substring(1).toLowerCase() + " Corp",
                crmId,
                domains,
                "gold",
                "bob",
                List.of(contracts));
    }

    protected static Customer renewing(String key, String renewal) {
        return customer(key, null, Set.of(), contract(key + "-1", renewal, ContractStatus.ACTIVE));
    }

    @Test
    void readsBackACustomerWithItsContractsInOrderAndItsDomains() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme Inc",
                "SF-001",
                Set.of("acme.com", "acme.io"),
                "platinum",
                "carol",
                List.of(
                        new Contract("C-2", null, LocalDate.of(2026, 9, 1), null, 0, false, ContractStatus.EXPIRED),
                        contract("C-1", "2026-03-01", ContractStatus.ACTIVE)));

        StoredCustomer stored = customers.upsert(acme, ADMIN);

        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(acme);
        assertThat(customers.findStoredByKey(CustomerKey.of("ACME"))).contains(stored);
        assertThat(customers.findByCrmId("SF-001")).contains(stored);
    }

    @Test
    void findsAllCustomersByKeyInOneCallInKeyOrderLeavingOutUnknownKeys() {
        customers.upsert(renewing("GLOBEX", "2026-05-01"), ADMIN);
        customers.upsert(renewing("ACME", "2026-04-01"), ADMIN);
        customers.upsert(renewing("HOOLI", "2026-06-01"), ADMIN);

        Map<CustomerKey, Customer> found = customers.findAllByKey(
                Set.of(CustomerKey.of("GLOBEX"), CustomerKey.of("NOBODY"), CustomerKey.of("ACME")));

        assertThat(found.keySet()).containsExactly(CustomerKey.of("ACME"), CustomerKey.of("GLOBEX"));
        assertThat(found.get(CustomerKey.of("ACME"))).isEqualTo(renewing("ACME", "2026-04-01"));
        assertThat(customers.findAllByKey(Set.of())).isEmpty();
    }

    @Test
    void findsAllCustomersByKeyBeyondOneInList() {
        customers.upsert(renewing("ACME", "2026-04-01"), ADMIN);
        customers.upsert(renewing("ZETA", "2026-04-01"), ADMIN);
        Set<CustomerKey> keys = new HashSet<>(Set.of(CustomerKey.of("ACME"), CustomerKey.of("ZETA")));
        for (int i = 0; i < 1_200; i++) {
            keys.add(CustomerKey.of("K" + i));
        }

        assertThat(customers.findAllByKey(keys).keySet())
                .containsExactly(CustomerKey.of("ACME"), CustomerKey.of("ZETA"));
    }

    @Test
    void upsertAllWritesEveryCustomerOfTheBatch() {
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);

        List<StoredCustomer> stored =
                customers.upsertAll(List.of(renewing("ACME", "2026-04-01"), renewing("GLOBEX", "2026-05-01")), ADMIN);

        assertThat(stored)
                .extracting(StoredCustomer::customer)
                .containsExactly(renewing("ACME", "2026-04-01"), renewing("GLOBEX", "2026-05-01"));
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(renewing("ACME", "2026-04-01"));
        assertThat(customers.findByKey(CustomerKey.of("GLOBEX"))).contains(renewing("GLOBEX", "2026-05-01"));
    }

    @Test
    void upsertAllWritesNothingWhenOneCustomerOfTheBatchIsRefused() {
        Customer initech =
                customer("INITECH", null, Set.of("initech.com"), contract("I-1", "2026-03-01", ContractStatus.ACTIVE));
        customers.upsert(initech, ADMIN);
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);

        assertThatThrownBy(() -> customers.upsertAll(
                        List.of(
                                renewing("ACME", "2026-09-01"),
                                renewing("GLOBEX", "2026-05-01"),
                                customer(
                                        "HOOLI",
                                        null,
                                        Set.of("initech.com"),
                                        contract("H-1", "2026-06-01", ContractStatus.ACTIVE))),
                        ADMIN))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.DOMAIN_TAKEN));

        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(renewing("ACME", "2026-03-01"));
        assertThat(customers.findByKey(CustomerKey.of("GLOBEX"))).isEmpty();
        assertThat(customers.findByKey(CustomerKey.of("HOOLI"))).isEmpty();
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).hasSize(1);
        assertThat(customers.historyOf(CustomerKey.of("GLOBEX"), 10)).isEmpty();
    }

    @Test
    void upsertAllRefusesABatchThatNamesOneCustomerTwice() {
        assertThatThrownBy(() -> customers.upsertAll(
                        List.of(renewing("ACME", "2026-03-01"), renewing("ACME", "2026-04-01")), ADMIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ACME appears twice");
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isEmpty();
    }

    @Test
    void upsertAllWritesNewAndChangedCustomersKeepsUnchangedOnesAndRecordsOneHistoryEntryPerWrite() {
        StoredCustomer acme = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        StoredCustomer globex = customers.upsert(renewing("GLOBEX", "2026-05-01"), ADMIN);
        Change imported = Change.byImport("erin", T0.plusSeconds(60), "batch-7");

        List<StoredCustomer> stored = customers.upsertAll(
                List.of(
                        renewing("HOOLI", "2026-06-01"),
                        renewing("ACME", "2026-09-01"),
                        renewing("GLOBEX", "2026-05-01"),
                        renewing("INITECH", "2026-07-01")),
                imported);

        assertThat(stored)
                .extracting(StoredCustomer::customer)
                .containsExactly(
                        renewing("HOOLI", "2026-06-01"),
                        renewing("ACME", "2026-09-01"),
                        renewing("GLOBEX", "2026-05-01"),
                        renewing("INITECH", "2026-07-01"));
        assertThat(stored.get(1).version()).isGreaterThan(acme.version());
        assertThat(stored.get(2)).isEqualTo(globex);
        assertThat(customers.findStoredByKey(CustomerKey.of("ACME"))).contains(stored.get(1));
        assertThat(customers.findStoredByKey(CustomerKey.of("HOOLI"))).contains(stored.get(0));
        assertThat(customers.findStoredByKey(CustomerKey.of("INITECH"))).contains(stored.get(3));

        List<CustomerChange> acmeHistory = customers.historyOf(CustomerKey.of("ACME"), 10);
        assertThat(acmeHistory).hasSize(2);
        assertThat(acmeHistory.get(0).change()).isEqualTo(imported);
        assertThat(acmeHistory.get(0).description()).contains("2026-09-01");
        assertThat(customers.historyOf(CustomerKey.of("GLOBEX"), 10))
                .singleElement()
                .extracting(CustomerChange::change)
                .isEqualTo(ADMIN);
        assertThat(customers.historyOf(CustomerKey.of("HOOLI"), 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.change()).isEqualTo(imported);
                    assertThat(entry.description()).startsWith("created HOOLI");
                });
    }

    @Test
    void upsertAllRefusesACrmIdOfAnotherCustomerInTheMiddleOfTheBatchNamingBothAndWritesNothing() {
        customers.upsert(customer("WAYNE", "SF-1", Set.of("wayne.com")), ADMIN);

        assertThatThrownBy(() -> customers.upsertAll(
                        List.of(
                                renewing("ACME", "2026-03-01"),
                                customer("NEWKEY", "SF-1", Set.of("wayne.com")),
                                renewing("GLOBEX", "2026-05-01")),
                        ADMIN))
                .isInstanceOfSatisfying(CustomerConflictException.class, conflict -> {
                    assertThat(conflict.reason()).isEqualTo(Reason.CRM_ID_TAKEN);
                    assertThat(conflict.customerKey()).isEqualTo(CustomerKey.of("NEWKEY"));
                    assertThat(conflict.getMessage()).contains("SF-1").contains("WAYNE");
                });

        assertThat(customers.findByKey(CustomerKey.of("WAYNE")))
                .contains(customer("WAYNE", "SF-1", Set.of("wayne.com")));
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isEmpty();
        assertThat(customers.findByKey(CustomerKey.of("NEWKEY"))).isEmpty();
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).isEmpty();
    }

    @Test
    void upsertAllLetsACustomerTakeADomainAndCrmIdThatOneBeforeItInTheBatchGaveUpButNotOneAfterIt() {
        customers.upsert(customer("ACME", "SF-1", Set.of("acme.com")), ADMIN);

        assertThatThrownBy(() -> customers.upsertAll(
                        List.of(customer("NEWCO", null, Set.of("acme.com")), customer("ACME", "SF-1", Set.of())),
                        ADMIN))
                .isInstanceOfSatisfying(CustomerConflictException.class, conflict -> {
                    assertThat(conflict.reason()).isEqualTo(Reason.DOMAIN_TAKEN);
                    assertThat(conflict.getMessage()).contains("acme.com").contains("ACME");
                });
        assertThat(customers.findByDomain("acme.com"))
                .get()
                .extracting(Customer::key)
                .isEqualTo(CustomerKey.of("ACME"));

        customers.upsertAll(
                List.of(customer("ACME", "SF-2", Set.of("acme.io")), customer("NEWCO", "SF-1", Set.of("acme.com"))),
                ADMIN);

        assertThat(customers.findByDomain("acme.com"))
                .get()
                .extracting(Customer::key)
                .isEqualTo(CustomerKey.of("NEWCO"));
        assertThat(customers.findByCrmId("SF-1").orElseThrow().customer().key()).isEqualTo(CustomerKey.of("NEWCO"));
        assertThat(customers.findByCrmId("SF-2").orElseThrow().customer().key()).isEqualTo(CustomerKey.of("ACME"));
    }

    @Test
    void upsertAllWritesMoreCustomersThanOneBatchAndRefusesADomainTakenByAnEarlierBatchKeepingNothing() {
        List<Customer> many = new ArrayList<>();
        for (int i = 0; i < 1_201; i++) {
            String key = "K" + i;
            many.add(customer(
                    key,
                    "CRM-" + i,
                    Set.of(key.toLowerCase() + ".com"),
                    contract(key + "-1", "2026-03-01", ContractStatus.ACTIVE)));
        }
        List<Customer> clashing = new ArrayList<>(many);
        clashing.add(customer("LAST", null, Set.of("k3.com")));

        assertThatThrownBy(() -> customers.upsertAll(clashing, ADMIN))
                .isInstanceOfSatisfying(CustomerConflictException.class, conflict -> {
                    assertThat(conflict.reason()).isEqualTo(Reason.DOMAIN_TAKEN);
                    assertThat(conflict.customerKey()).isEqualTo(CustomerKey.of("LAST"));
                    assertThat(conflict.getMessage()).contains("k3.com").contains("K3");
                });
        assertThat(customers.matching("", 0, 10).total()).isZero();
        assertThat(customers.historyOf(CustomerKey.of("K0"), 10)).isEmpty();

        List<StoredCustomer> stored = customers.upsertAll(many, ADMIN);

        assertThat(stored).extracting(StoredCustomer::customer).containsExactlyElementsOf(many);
        assertThat(customers.matching("", 0, 10).total()).isEqualTo(1_201);
        assertThat(customers.findByKey(CustomerKey.of("K1200"))).contains(many.get(1_200));
        assertThat(customers.findByDomain("k700.com")).contains(many.get(700));
        assertThat(customers.findByCrmId("CRM-999").orElseThrow().customer()).isEqualTo(many.get(999));
        assertThat(customers.historyOf(CustomerKey.of("K1200"), 10)).hasSize(1);
    }

    @Test
    void findsNothingForAnUnknownKeyCrmIdOrDomain() {
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);

        assertThat(customers.findByKey(CustomerKey.of("GLOBEX"))).isEmpty();
        assertThat(customers.findByCrmId("nope")).isEmpty();
        assertThat(customers.findByDomain("globex.com")).isEmpty();
    }

    @Test
    void storesEmailDomainsInLowerCaseAndFindsTheirOwnerIgnoringCase() {
        customers.upsert(customer("ACME", null, Set.of("Acme.COM")), ADMIN);
        customers.upsert(customer("GLOBEX", null, Set.of("globex.com")), ADMIN);

        assertThat(customers.findByDomain("ACME.com"))
                .get()
                .extracting(Customer::key)
                .isEqualTo(CustomerKey.of("ACME"));
        assertThat(customers.findByKey(CustomerKey.of("ACME")).orElseThrow().emailDomains())
                .containsExactly("acme.com");
    }

    @Test
    void upsertReplacesTheCustomerWithTheSameKeyAndRaisesItsVersion() {
        StoredCustomer first = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        Customer changed =
                customer("ACME", "SF-9", Set.of("acme.com"), contract("N-1", "2027-01-01", ContractStatus.ACTIVE));

        StoredCustomer second = customers.upsert(changed, ADMIN);

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(changed);
    }

    @Test
    void upsertUnderANewKeyWithAStoredCustomersCrmIdIsRefusedAndNeverReKeysIt() {
        StoredCustomer acme = customers.upsert(customer("ACME", "SF-001", Set.of("acme.com")), ADMIN);
        Customer sameCrmIdNewKey = customer("ACME_EU", "SF-001", Set.of("acme.eu"));

        assertThatThrownBy(() -> customers.upsert(sameCrmIdNewKey, Change.byImport("import", T0, "batch-7")))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.CRM_ID_TAKEN));

        assertThat(customers.findStoredByKey(CustomerKey.of("ACME"))).contains(acme);
        assertThat(customers.findByKey(CustomerKey.of("ACME_EU"))).isEmpty();
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).hasSize(1);
    }

    @Test
    void upsertThatChangesNothingKeepsTheVersionAndAddsNoHistory() {
        StoredCustomer first = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);

        StoredCustomer again = customers.upsert(renewing("ACME", "2026-03-01"), Change.byImport("import", T0, "b2"));

        assertThat(again).isEqualTo(first);
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).hasSize(1);
    }

    @Test
    void anEditCarryingTheCurrentVersionIsSaved() {
        StoredCustomer read = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        Customer edited = renewing("ACME", "2026-06-01");

        StoredCustomer saved = customers.update(edited, read.version(), ADMIN);

        assertThat(saved.version()).isGreaterThan(read.version());
        assertThat(customers.findStoredByKey(CustomerKey.of("ACME"))).contains(saved);
    }

    @Test
    void anEditCarryingAnOldVersionIsRefusedAndTheNewerChangeSurvives() {
        StoredCustomer aliceRead = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        Customer bobsEdit = renewing("ACME", "2026-04-01");
        customers.update(bobsEdit, aliceRead.version(), Change.throughRest("bob", T0));

        assertThatThrownBy(() -> customers.update(renewing("ACME", "2026-05-01"), aliceRead.version(), ADMIN))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.STALE_VERSION));
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).contains(bobsEdit);
    }

    @Test
    void anEditOfADeletedCustomerIsRefused() {
        StoredCustomer read = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        customers.delete(CustomerKey.of("ACME"), ADMIN);

        assertThatThrownBy(() -> customers.update(renewing("ACME", "2026-05-01"), read.version(), ADMIN))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isEmpty();
    }

    @Test
    void aCrmIdOfAnotherCustomerIsRefusedAndNothingIsWritten() {
        customers.upsert(customer("ACME", "SF-001", Set.of()), ADMIN);
        Customer globex = customer("GLOBEX", null, Set.of("globex.com"));
        customers.upsert(globex, ADMIN);

        assertThatThrownBy(() -> customers.upsert(customer("GLOBEX", "SF-001", Set.of("globex.com", "g.io")), ADMIN))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.CRM_ID_TAKEN));
        assertThat(customers.findByKey(CustomerKey.of("GLOBEX"))).contains(globex);
        assertThat(customers.historyOf(CustomerKey.of("GLOBEX"), 10)).hasSize(1);
    }

    @Test
    void anEmailDomainOfAnotherCustomerIsRefusedAndNothingIsWritten() {
        customers.upsert(customer("ACME", null, Set.of("acme.com")), ADMIN);

        assertThatThrownBy(() -> customers.upsert(customer("GLOBEX", null, Set.of("globex.com", "ACME.com")), ADMIN))
                .isInstanceOfSatisfying(
                        CustomerConflictException.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo(Reason.DOMAIN_TAKEN));
        assertThat(customers.findByKey(CustomerKey.of("GLOBEX"))).isEmpty();
        assertThat(customers.findByDomain("globex.com")).isEmpty();
        assertThat(customers.historyOf(CustomerKey.of("GLOBEX"), 10)).isEmpty();
    }

    @Test
    void deleteRemovesTheCustomerItsContractsAndDomainsButKeepsItsHistory() {
        customers.upsert(
                customer("ACME", "SF-001", Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE)),
                ADMIN);

        assertThat(customers.delete(CustomerKey.of("ACME"), Change.throughRest("dave", T0.plusSeconds(60))))
                .isTrue();

        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isEmpty();
        assertThat(customers.findByDomain("acme.com")).isEmpty();
        assertThat(customers.findByCrmId("SF-001")).isEmpty();
        assertThat(customers.renewingBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10))
                .isEmpty();
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10))
                .extracting(entry -> entry.change().author())
                .containsExactly("dave", "alice");
        // Its domain is free again.
        customers.upsert(customer("GLOBEX", null, Set.of("acme.com")), ADMIN);
        assertThat(customers.findByDomain("acme.com"))
                .get()
                .extracting(Customer::key)
                .isEqualTo(CustomerKey.of("GLOBEX"));
    }

    @Test
    void deletingAnUnknownCustomerReportsFalse() {
        assertThat(customers.delete(CustomerKey.of("NOBODY"), ADMIN)).isFalse();
        assertThat(customers.historyOf(CustomerKey.of("NOBODY"), 10)).isEmpty();
    }

    @Test
    void aRecreatedCustomerKeepsCountingVersionsAfterItsDeletedPredecessor() {
        StoredCustomer old = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        customers.delete(CustomerKey.of("ACME"), ADMIN);

        StoredCustomer recreated = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);

        assertThat(recreated.version()).isGreaterThan(old.version() + 1);
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).hasSize(3);
    }

    @Test
    void historySaysWhoChangedWhatWhenAndThroughWhatNewestFirst() {
        customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        Instant later = T0.plusSeconds(3600);
        customers.upsert(renewing("ACME", "2026-04-01"), Change.byImport("importer", later, "batch-42"));

        List<CustomerChange> history = customers.historyOf(CustomerKey.of("ACME"), 10);

        assertThat(history).hasSize(2);
        assertThat(history.get(0).change()).isEqualTo(Change.byImport("importer", later, "batch-42"));
        assertThat(history.get(0).description()).contains("renewal 2026-03-01 → 2026-04-01");
        assertThat(history.get(1).change()).isEqualTo(ADMIN);
        assertThat(history.get(1).description()).startsWith("created ACME");
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 1)).containsExactly(history.get(0));
    }

    @Test
    void historyKeepsWhatChangedAsDataThroughSingleAndBatchedWritesAndDeletion() {
        Customer acme = renewing("ACME", "2026-03-01");
        Customer acmeLater = renewing("ACME", "2026-04-01");
        Customer acmeRepriced = customer(
                "ACME",
                null,
                Set.of(),
                new Contract(
                        "ACME-1",
                        LocalDate.parse("2025-04-01"),
                        LocalDate.parse("2026-04-01"),
                        Money.of("99.00", "USD"),
                        30,
                        false,
                        ContractStatus.ACTIVE));
        Customer hooli = renewing("HOOLI", "2026-06-01");
        customers.upsert(acme, ADMIN);
        customers.upsert(acmeLater, ADMIN);
        Change imported = Change.byImport("erin", T0.plusSeconds(60), "batch-8");
        customers.upsertAll(List.of(acmeRepriced, hooli), imported);
        customers.delete(CustomerKey.of("HOOLI"), ADMIN);

        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10))
                .extracting(CustomerChange::details)
                .containsExactly(
                        ChangeDescriptions.changes(acmeLater, acmeRepriced),
                        ChangeDescriptions.changes(acme, acmeLater),
                        ChangeDescriptions.creation(acme));
        assertThat(customers.historyOf(CustomerKey.of("HOOLI"), 10))
                .extracting(CustomerChange::details)
                .containsExactly(ChangeDescriptions.deletion(hooli), ChangeDescriptions.creation(hooli));
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).first().satisfies(entry -> {
            assertThat(entry.details().english()).isEqualTo(entry.description());
            assertThat(entry.text(ENGLISH, true))
                    .isEqualTo("contract ACME-1 changed (value 12000.50 EUR → 99.00 USD, auto-renew true → false)");
            assertThat(entry.text(ENGLISH, false))
                    .isEqualTo("contract ACME-1 changed (value (amount hidden) → (amount hidden), auto-renew true"
                            + " → false)");
        });
    }

    @Test
    void aChangeWhoseEnglishTextIsCutKeepsOnlyTheCutText() {
        customers.upsert(customer("ACME", null, Set.of()), ADMIN);
        List<Contract> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(contract(i + "-" + "x".repeat(60), "2026-03-01", ContractStatus.ACTIVE));
        }
        customers.upsert(customer("ACME", null, Set.of(), many.toArray(new Contract[0])), ADMIN);

        assertThat(customers.historyOf(CustomerKey.of("ACME"), 1))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.description())
                            .hasSize(ChangeDescriptions.MAX_LENGTH)
                            .endsWith("…");
                    assertThat(entry.details()).isNull();
                    assertThat(entry.text(ENGLISH, true)).isEqualTo(entry.description());
                });
    }

    @Test
    void renewingBetweenListsCustomersByNextActiveRenewalEarliestFirstThenByKey() {
        customers.upsert(renewing("LATE", "2026-03-31"), ADMIN);
        customers.upsert(renewing("BETA", "2026-03-10"), ADMIN);
        customers.upsert(renewing("ALPHA", "2026-03-10"), ADMIN);
        customers.upsert(renewing("FIRST", "2026-03-01"), ADMIN);
        customers.upsert(renewing("BEFORE", "2026-02-28"), ADMIN);
        customers.upsert(renewing("AFTER", "2026-04-01"), ADMIN);
        customers.upsert(customer("NONE", null, Set.of()), ADMIN);
        // Its earliest contract is cancelled, so it renews on its next active one, outside the window.
        customers.upsert(
                customer(
                        "CANCEL",
                        null,
                        Set.of(),
                        contract("X-1", "2026-03-05", ContractStatus.CANCELLED),
                        contract("X-2", "2026-05-05", ContractStatus.ACTIVE)),
                ADMIN);

        List<Customer> renewing = customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10);

        assertThat(renewing).extracting(c -> c.key().value()).containsExactly("FIRST", "ALPHA", "BETA", "LATE");
        assertThat(renewing.get(0)).isEqualTo(renewing("FIRST", "2026-03-01"));
    }

    @Test
    void renewingBetweenReturnsAtMostTheLimit() {
        for (int day = 1; day <= 9; day++) {
            customers.upsert(renewing("C" + day, "2026-03-0" + day), ADMIN);
        }

        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 3))
                .extracting(c -> c.key().value())
                .containsExactly("C1", "C2", "C3");
        assertThatThrownBy(() -> customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 1001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renewingBetweenFollowsAnEditOfTheContracts() {
        StoredCustomer read = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        customers.update(renewing("ACME", "2026-08-01"), read.version(), ADMIN);

        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .isEmpty();
        assertThat(customers.renewingBetween(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 1), 10))
                .hasSize(1);
    }

    @Test
    void pagesOfCustomersCarryEveryContractAndDomainAsSingleReadsDo() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme; Inc",
                "SF-1",
                Set.of("acme.com", "acme.io", "ACME.de"),
                "gold",
                null,
                List.of(
                        new Contract(
                                "C-9;D3:x,", null, LocalDate.of(2026, 9, 1), null, 0, false, ContractStatus.EXPIRED),
                        contract("C-1 ünï", "2026-03-10", ContractStatus.ACTIVE),
                        new Contract(
                                "C-5",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 3, 5),
                                Money.of("700", "JPY"),
                                90,
                                false,
                                ContractStatus.CANCELLED)));
        customers.upsert(acme, ADMIN);
        Customer stored = customers.findByKey(CustomerKey.of("ACME")).orElseThrow();

        assertThat(stored.emailDomains()).containsExactlyInAnyOrder("acme.com", "acme.io", "acme.de");
        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .containsExactly(stored);
        assertThat(customers.matching("acme", 0, 10).customers()).containsExactly(stored);
    }

    @Test
    void pagesOfCustomersFollowEveryKindOfWrite() {
        StoredCustomer first = customers.upsert(
                customer("ACME", null, Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE)),
                ADMIN);
        Customer edited = customer(
                "ACME",
                null,
                Set.of("acme.io"),
                contract("C-2", "2026-03-02", ContractStatus.ACTIVE),
                contract("C-1", "2026-03-01", ContractStatus.EXPIRED));
        customers.update(edited, first.version(), ADMIN);

        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .containsExactly(edited);

        Customer imported = customer("ACME", null, Set.of(), contract("C-3", "2026-03-03", ContractStatus.ACTIVE));
        Customer globex =
                customer("GLOBEX", null, Set.of("globex.com"), contract("G-1", "2026-03-04", ContractStatus.ACTIVE));
        customers.upsertAll(List.of(imported, globex), Change.byImport("erin", T0, "batch-1"));

        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .containsExactly(imported, globex);
        assertThat(customers.matching("", 0, 10).customers()).containsExactly(imported, globex);

        customers.delete(CustomerKey.of("ACME"), ADMIN);

        assertThat(customers.matching("", 0, 10).customers()).containsExactly(globex);
    }

    @Test
    void aRefusedEditLeavesPagesOfCustomersAsTheyWere() {
        Customer acme =
                customer("ACME", null, Set.of("acme.com"), contract("C-1", "2026-03-01", ContractStatus.ACTIVE));
        StoredCustomer stored = customers.upsert(acme, ADMIN);
        customers.upsert(customer("GLOBEX", null, Set.of("globex.com")), ADMIN);

        assertThatThrownBy(() -> customers.update(
                        customer(
                                "ACME",
                                null,
                                Set.of("globex.com"),
                                contract("C-2", "2026-03-02", ContractStatus.ACTIVE)),
                        stored.version(),
                        ADMIN))
                .isInstanceOf(CustomerConflictException.class);

        assertThat(customers.renewingBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 10))
                .containsExactly(acme);
        assertThat(customers.matching("acme", 0, 10).customers()).containsExactly(acme);
    }

    @Test
    void matchingPagesCustomersWhoseKeyNameOrCrmIdContainTheTextIgnoringCase() {
        customers.upsert(customer("ACME", "SF-100", Set.of()), ADMIN);
        customers.upsert(customer("ACME_EU", null, Set.of()), ADMIN);
        customers.upsert(customer("GLOBEX", "sf-200", Set.of()), ADMIN);
        customers.upsert(customer("INITECH", null, Set.of()), ADMIN);

        CustomerPage byName = customers.matching("acme", 0, 1);
        assertThat(byName.customers()).extracting(c -> c.key().value()).containsExactly("ACME");
        assertThat(byName.total()).isEqualTo(2);
        assertThat(byName.hasMore()).isTrue();
        assertThat(customers.matching("acme", 1, 1).customers())
                .extracting(c -> c.key().value())
                .containsExactly("ACME_EU");
        assertThat(customers.matching("SF-", 0, 10).customers())
                .extracting(c -> c.key().value())
                .containsExactly("ACME", "GLOBEX");
        assertThat(customers.matching("  ", 0, 10).total()).isEqualTo(4);
    }

    @Test
    void matchingAnswersEachCustomerWithItsCurrentVersion() {
        StoredCustomer acme = customers.upsert(renewing("ACME", "2026-03-01"), ADMIN);
        customers.update(renewing("ACME", "2026-04-01"), acme.version(), ADMIN);
        customers.upsert(renewing("GLOBEX", "2026-03-01"), ADMIN);

        CustomerPage page = customers.matching("", 0, 10);

        assertThat(page.stored())
                .containsExactly(
                        customers.findStoredByKey(CustomerKey.of("ACME")).orElseThrow(),
                        customers.findStoredByKey(CustomerKey.of("GLOBEX")).orElseThrow());
        assertThat(page.stored().get(0).version()).isEqualTo(acme.version() + 1);
    }

    @Test
    void matchingTreatsLikeWildcardsAsPlainText() {
        customers.upsert(customer("ACME_EU", null, Set.of()), ADMIN);
        customers.upsert(customer("ACMEXEU", null, Set.of()), ADMIN);
        customers.upsert(
                new Customer(CustomerKey.of("PCT"), "100% Widgets", null, Set.of(), null, null, List.of()), ADMIN);

        assertThat(customers.matching("e_e", 0, 10).customers())
                .extracting(c -> c.key().value())
                .containsExactly("ACME_EU");
        assertThat(customers.matching("0% w", 0, 10).customers())
                .extracting(c -> c.key().value())
                .containsExactly("PCT");
    }
}
