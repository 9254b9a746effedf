package io.github.promisekeeper.jira.importer;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.importer.CsvLayout;
import io.github.promisekeeper.core.importer.ImportError;
import io.github.promisekeeper.core.importer.ImportOptions;
import io.github.promisekeeper.core.importer.ImportReport;
import io.github.promisekeeper.jira.permission.AccessDeniedException;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.web.RequestTooLargeException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.github.promisekeeper.jira.importer.Fixtures.file;
import static io.github.promisekeeper.jira.importer.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerImportTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    private final CustomerImport customerImport =
            new CustomerImport(customers, locks, NOW, CustomerImport.Limits.DEFAULT, JiraServiceAvailability.all());

    private ImportReport dryRun(String path) {
        return customerImport.run(file(path), ImportOptions.auto(), true, "ada", true);
    }

    private ImportReport apply(String path) {
        return customerImport.run(file(path), ImportOptions.auto(), false, "ada", true);
    }

    private Customer customer(String key) {
        return customers.findByKey(CustomerKey.of(key)).orElseThrow();
    }

    @Test
    void withoutAClusterLockServiceFilesAreCheckedButNeverApplied() {
        CustomerImport lockless = new CustomerImport(
                customers,
                locks,
                NOW,
                CustomerImport.Limits.DEFAULT,
                JiraServiceAvailability.with(TimeZoneManager.class));

        assertThat(lockless.run(file("generic/customers.csv"), ImportOptions.auto(), true, "ada", true)
                        .created())
                .isEqualTo(2);
        assertThatThrownBy(() -> lockless.run(file("generic/customers.csv"), ImportOptions.auto(), false, "ada", true))
                .isInstanceOf(ImportBusyException.class)
                .hasMessageContaining("no cluster lock service");
        assertThat(customers.matching("", 0, 10).total()).isZero();
    }

    @Test
    void aDryRunOfTheGenericLayoutReportsWhatItWouldCreateAndWritesNothing() {
        ImportReport report = dryRun("generic/customers.csv");

        assertThat(report.errors()).isEmpty();
        assertThat(report.layout()).isEqualTo(CsvLayout.GENERIC);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.applied()).isFalse();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.changes())
                .extracting(ImportReport.CustomerChange::key)
                .containsExactly("ACME", "GLOBEX_CORPORATION");
        assertThat(customers.matching("", 0, 10).total()).isZero();
    }

    @Test
    void applyingWritesEveryCustomerWithQuotedCommasNewlinesAndGroupedAmounts() {
        ImportReport report = apply("generic/customers.csv");

        assertThat(report.applied()).isTrue();
        Customer acme = customer("ACME");
        assertThat(acme.name()).isEqualTo("Acme, Inc.");
        assertThat(acme.contracts()).hasSize(2);
        assertThat(acme.contracts())
                .filteredOn(c -> c.id().equals("AC-1"))
                .first()
                .extracting(Contract::annualValue)
                .isEqualTo(Money.of("120000.00", "USD"));
        Customer globex = customer("GLOBEX_CORPORATION");
        assertThat(globex.owner()).isEqualTo("Hank\nScorpio");
        assertThat(globex.emailDomains()).containsExactlyInAnyOrder("globex.com", "globex.de");
        assertThat(globex.contracts().get(0).annualValue()).isEqualTo(Money.of("48000.50", "EUR"));
        assertThat(globex.contracts().get(0).autoRenew()).isTrue();
        assertThat(customers
                        .historyOf(CustomerKey.of("ACME"), 5)
                        .get(0)
                        .change()
                        .importBatchId())
                .isNotBlank();
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        apply("generic/customers.csv");
        long version =
                customers.findStoredByKey(CustomerKey.of("ACME")).orElseThrow().version();

        ImportReport again = apply("generic/customers.csv");

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(customers
                        .findStoredByKey(CustomerKey.of("ACME"))
                        .orElseThrow()
                        .version())
                .isEqualTo(version);
        assertThat(customers.historyOf(CustomerKey.of("ACME"), 10)).hasSize(1);
    }

    @Test
    void readsSemicolonSeparatedCrlfFilesWithDecimalCommas() {
        ImportReport report = apply("generic/semicolon-crlf.csv");

        assertThat(report.errors()).isEmpty();
        Customer initech = customer("INITECH");
        assertThat(initech.contracts().get(0).annualValue()).isEqualTo(Money.of("1200000.50", "EUR"));
        assertThat(initech.contracts().get(0).noticeDays()).isEqualTo(90);
    }

    @Test
    void readsASalesforceExportWithByteOrderMarkAndOnlyActivatedContractsActive() {
        ImportReport report = apply("salesforce/contracts.csv");

        assertThat(report.layout()).isEqualTo(CsvLayout.SALESFORCE);
        assertThat(report.errors()).isEmpty();
        Customer acme = customer("ACME_INC");
        assertThat(acme.crmId()).isEqualTo("001A000001");
        assertThat(acme.emailDomains()).containsExactly("acme.com");
        assertThat(acme.contracts())
                .extracting(Contract::id, Contract::status)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("00000101", ContractStatus.ACTIVE),
                        Tuple.tuple("00000102", ContractStatus.CANCELLED));
        assertThat(acme.nextRenewal()).contains(LocalDate.parse("2027-02-28"));
        assertThat(acme.contracts())
                .filteredOn(c -> c.id().equals("00000101"))
                .first()
                .extracting(Contract::annualValue)
                .isEqualTo(Money.of("120000.00", "USD"));
        assertThat(customer("UMBRELLA_CORP").contracts().get(0).annualValue()).isEqualTo(Money.of("75000", "EUR"));
    }

    @Test
    void keepsTheKeyOfACustomerFoundByCrmIdWhenItsNameChanges() {
        customers.save(new Customer(CustomerKey.of("ACME"), "Acme", "001A000001", Set.of(), null, null, List.of()));

        apply("salesforce/contracts.csv");

        assertThat(customer("ACME").name()).isEqualTo("Acme, Inc.");
        assertThat(customers.findByKey(CustomerKey.of("ACME_INC"))).isEmpty();
    }

    @Test
    void derivesADifferentKeyWhenTheNameKeyBelongsToAnotherCustomer() {
        customers.save(new Customer(
                CustomerKey.of("UMBRELLA_CORP"), "Umbrella Corp", "OTHER-CRM", Set.of(), null, null, List.of()));

        apply("salesforce/contracts.csv");

        assertThat(customer("UMBRELLA_CORP_2").crmId()).isEqualTo("001A000002");
        assertThat(customer("UMBRELLA_CORP").crmId()).isEqualTo("OTHER-CRM");
    }

    @Test
    void readsAHubSpotCompaniesExport() {
        ImportReport report = apply("hubspot/companies.csv");

        assertThat(report.layout()).isEqualTo(CsvLayout.HUBSPOT);
        assertThat(report.errors()).isEmpty();
        Customer planet = customer("DAILY_PLANET");
        assertThat(planet.crmId()).isEqualTo("9002");
        assertThat(planet.owner()).isEqualTo("Perry White");
        assertThat(planet.contracts().get(0).id()).isEqualTo("HS-9002");
        assertThat(planet.contracts().get(0).annualValue()).isEqualTo(Money.of("18500.00", "EUR"));
        assertThat(planet.nextRenewal()).contains(LocalDate.parse("2027-09-15"));
    }

    @Test
    void reportsEveryErrorWithItsFileLineAndColumnAndWritesNothing() {
        ImportReport report = apply("generic/broken.csv");

        assertThat(report.applied()).isFalse();
        assertThat(customers.matching("", 0, 10).total()).isZero();
        assertThat(report.errors())
                .extracting(ImportError::line, ImportError::column)
                .contains(
                        Tuple.tuple(3, "customer_key"),
                        Tuple.tuple(3, "renewal_date"),
                        Tuple.tuple(3, "annual_value"),
                        Tuple.tuple(3, "notice_days"),
                        Tuple.tuple(3, "auto_renew"),
                        Tuple.tuple(4, "renewal_date"),
                        Tuple.tuple(4, "annual_value"));
        assertThat(report.errors())
                .filteredOn(e -> e.line() == 4 && e.column().equals("renewal_date"))
                .first()
                .extracting(ImportError::message)
                .asString()
                .contains("ambiguous");
        assertThat(report.errors())
                .filteredOn(e -> e.line() == 4 && e.column().equals("annual_value"))
                .first()
                .extracting(ImportError::message)
                .asString()
                .contains("ambiguous");
    }

    @Test
    void countsFileLinesPastQuotedLineBreaks() {
        String csv = "customer_name,owner,contract_id,renewal_date\r\n"
                + "Globex,\"Hank\r\nScorpio\",GX-1,2027-01-01\r\n"
                + "Hooli,Gavin,HO-1,someday\r\n";

        ImportReport report = customerImport.run(text(csv), ImportOptions.auto(), true, "ada", true);

        assertThat(report.errors())
                .extracting(ImportError::line, ImportError::column)
                .containsExactly(Tuple.tuple(4, "renewal_date"));
    }

    @Test
    void namesTheCrmsOwnColumnsInErrors() {
        ImportReport report = dryRun("salesforce/broken.csv");

        assertThat(report.errors())
                .extracting(ImportError::line, ImportError::column)
                .containsExactly(Tuple.tuple(2, "EndDate"), Tuple.tuple(3, "Annual Contract Value"));
    }

    @Test
    void readsOtherDateLayoutsOnlyWhenTold() {
        String csv = "customer_name,contract_id,renewal_date\nHooli,HO-1,31/12/2027\n";

        ImportReport iso = customerImport.run(text(csv), ImportOptions.auto(), true, "ada", true);
        ImportReport told = customerImport.run(
                text(csv),
                new ImportOptions(Optional.empty(), Optional.of("dd/MM/yyyy"), Optional.empty(), Optional.empty()),
                false,
                "ada",
                true);

        assertThat(iso.errors()).hasSize(1);
        assertThat(told.errors()).isEmpty();
        assertThat(customer("HOOLI").nextRenewal()).contains(LocalDate.parse("2027-12-31"));
    }

    @Test
    void reportsMissingColumnsOfAnExplicitlyChosenLayout() {
        ImportReport report = customerImport.run(
                file("hubspot/companies.csv"),
                new ImportOptions(
                        Optional.of(CsvLayout.SALESFORCE), Optional.empty(), Optional.empty(), Optional.empty()),
                true,
                "ada",
                true);

        assertThat(report.errors()).extracting(ImportError::line).containsOnly(1);
        assertThat(report.errors()).extracting(ImportError::column).contains("Account Name", "Contract Number");
    }

    @Test
    void contractValuesInTheFileNeedTheMoneyRight() {
        assertThatThrownBy(() ->
                        customerImport.run(file("generic/customers.csv"), ImportOptions.auto(), true, "eddie", false))
                .isInstanceOf(AccessDeniedException.class);

        ImportReport withoutValues = customerImport.run(
                text("customer_name,contract_id,renewal_date,annual_value\nHooli,HO-1,2027-01-01,\n"),
                ImportOptions.auto(),
                false,
                "eddie",
                false);

        assertThat(withoutValues.applied()).isTrue();
    }

    @Test
    void keepsStoredValuesWhenTheFileHasNoValueColumnOrTheImporterNoMoneyRight() {
        apply("generic/customers.csv");
        String withoutValues =
                "customer_key,customer_name,crm_id,email_domains,tier,owner,contract_id,contract_start,renewal_date,notice_days,auto_renew\n"
                        + "ACME,\"Acme, Inc.\",001A,acme.com,gold,sam,AC-1,2026-03-01,2027-03-01,45,yes\n"
                        + "ACME,\"Acme, Inc.\",001A,acme.com,gold,sam,AC-2,2026-06-01,2027-06-01,30,no\n";

        ImportReport report = customerImport.run(text(withoutValues), ImportOptions.auto(), false, "eddie", false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(customer("ACME").contracts())
                .filteredOn(c -> c.id().equals("AC-1"))
                .first()
                .satisfies(contract -> {
                    assertThat(contract.noticeDays()).isEqualTo(45);
                    assertThat(contract.annualValue()).isEqualTo(Money.of("120000.00", "USD"));
                });
    }

    @Test
    void refusesAHeaderThatMatchesNoLayout() {
        assertThatThrownBy(() -> customerImport.run(
                        text("name,renewal\nAcme,2027-01-01\n"), ImportOptions.auto(), true, "ada", true))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("format"));
    }

    @Test
    void refusesFilesBeyondTheSizeOrRowLimit() {
        CustomerImport small = new CustomerImport(
                customers, locks, NOW, new CustomerImport.Limits(200, 1, 1), JiraServiceAvailability.all());

        assertThatThrownBy(() -> small.run(file("generic/customers.csv"), ImportOptions.auto(), true, "ada", true))
                .isInstanceOf(RequestTooLargeException.class);
        assertThatThrownBy(() -> small.run(
                        text("customer_name,contract_id,renewal_date\nA1,1,2027-01-01\nA2,2,2027-01-01\n"),
                        ImportOptions.auto(),
                        true,
                        "ada",
                        true))
                .isInstanceOf(RequestTooLargeException.class)
                .hasMessageContaining("1 rows");
    }

    @Test
    void readsARefusedUploadToItsEndUpToFourTimesTheLimitSoTheClientGetsThe413() {
        CustomerImport small = new CustomerImport(
                customers, locks, NOW, new CustomerImport.Limits(10_000, 100_000, 1), JiraServiceAvailability.all());
        String header = "customer_name,contract_id,renewal_date\n";
        String row = "Acme,AC-1,2027-01-01\n";
        ByteArrayInputStream within =
                new ByteArrayInputStream((header + row.repeat(1_500)).getBytes(StandardCharsets.UTF_8));
        ByteArrayInputStream beyond = new ByteArrayInputStream(
                (header + row.repeat((60_000 - header.length()) / row.length())).getBytes(StandardCharsets.UTF_8));
        int beyondLength = beyond.available();

        for (ByteArrayInputStream body : List.of(within, beyond)) {
            assertThatThrownBy(() -> small.run(body, ImportOptions.auto(), true, "ada", true))
                    .isInstanceOf(RequestTooLargeException.class);
        }

        CustomerImport roomy = new CustomerImport(
                customers, locks, NOW, new CustomerImport.Limits(100_000, 100_000, 1), JiraServiceAvailability.all());
        ByteArrayInputStream noLayout = new ByteArrayInputStream(
                ("name,renewal\n" + "Acme,2027-01-01\n".repeat(6_000)).getBytes(StandardCharsets.UTF_8));
        ByteArrayInputStream missingColumns = new ByteArrayInputStream(
                ("customer_name,contract_id\n" + row.repeat(4_500)).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> roomy.run(noLayout, ImportOptions.auto(), true, "ada", true))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(roomy.run(
                                missingColumns,
                                new ImportOptions(
                                        Optional.of(CsvLayout.GENERIC),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty()),
                                true,
                                "ada",
                                true)
                        .errors())
                .isNotEmpty();

        assertThat(noLayout.available())
                .as("an answer from the header alone reads the rest too")
                .isZero();
        assertThat(missingColumns.available()).isZero();
        assertThat(within.available())
                .as("a body under 4 x 10,000 bytes is read to its end")
                .isZero();
        assertThat(beyond.available())
                .as("beyond that the connection may be cut")
                .isEqualTo(beyondLength - 40_000);
    }

    @Test
    void refusesAFileKeyWhoseCrmIdBelongsToAnotherStoredCustomer() {
        customers.save(
                new Customer(CustomerKey.of("ROADRUNNER"), "Road Runner", "001A", Set.of(), null, null, List.of()));
        customers.save(new Customer(CustomerKey.of("ACME"), "Acme", null, Set.of(), null, null, List.of()));

        ImportReport report = apply("generic/customers.csv");

        assertThat(report.applied()).isFalse();
        assertThat(report.errors())
                .extracting(ImportError::line, ImportError::column)
                .containsExactly(Tuple.tuple(2, "crm_id"));
        assertThat(customer("ACME").name()).isEqualTo("Acme");
    }

    @Test
    void refusesANewFileKeyWhoseCrmIdBelongsToAStoredCustomerInDryRunAndApply() {
        // Re-keying WAYNE would orphan every ticket whose Customer field stores WAYNE.
        customers.save(new Customer(
                CustomerKey.of("WAYNE"),
                "Wayne Enterprises",
                "W-1",
                Set.of("wayne.com"),
                "gold",
                "lucius",
                List.of(new Contract(
                        "WE-1", null, LocalDate.parse("2027-05-01"), null, 30, false, ContractStatus.ACTIVE))));
        String csv = "customer_key,customer_name,crm_id,email_domains,contract_id,renewal_date\n"
                + "HOOLI,Hooli,H-1,hooli.com,HO-1,2027-05-01\n"
                + "NEWKEY,New Name,W-1,new.com,NK-1,2027-06-01\n";

        ImportReport checked = customerImport.run(text(csv), ImportOptions.auto(), true, "ada", true);
        ImportReport applied = customerImport.run(text(csv), ImportOptions.auto(), false, "ada", true);

        for (ImportReport report : List.of(checked, applied)) {
            assertThat(report.applied()).isFalse();
            assertThat(report.errors())
                    .extracting(ImportError::line, ImportError::column)
                    .containsExactly(Tuple.tuple(3, "crm_id"));
            assertThat(report.errors().get(0).message())
                    .isEqualTo("CRM id W-1 belongs to customer WAYNE; the file names NEWKEY");
            assertThat(report.errors().get(0).key()).isEqualTo("promise-keeper.import.error.crm-id-owner");
            assertThat(report.errors().get(0).arguments()).containsExactly("W-1", "WAYNE", "NEWKEY");
        }
        Customer wayne = customer("WAYNE");
        assertThat(wayne.name()).isEqualTo("Wayne Enterprises");
        assertThat(wayne.emailDomains()).containsExactly("wayne.com");
        assertThat(wayne.contracts()).extracting(Contract::id).containsExactly("WE-1");
        assertThat(customers.findByKey(CustomerKey.of("NEWKEY"))).isEmpty();
        assertThat(customers.findByKey(CustomerKey.of("HOOLI")))
                .as("all or nothing")
                .isEmpty();
    }

    @Test
    void aRowWithoutAKeyStillUpdatesTheCustomerItsCrmIdBelongsTo() {
        customers.save(
                new Customer(CustomerKey.of("WAYNE"), "Wayne Enterprises", "W-1", Set.of(), null, null, List.of()));

        ImportReport report = customerImport.run(
                text("customer_name,crm_id,contract_id,renewal_date\nWayne Corp,W-1,WE-1,2027-05-01\n"),
                ImportOptions.auto(),
                false,
                "ada",
                true);

        assertThat(report.errors()).isEmpty();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(customer("WAYNE").name()).isEqualTo("Wayne Corp");
    }

    @Test
    void answersConflictAndKeepsNothingWhenAWriteRacingTheImportIsRefused() {
        // The file was checked, then someone took a domain before the import wrote: the port refuses the
        // whole batch (its all-or-nothing is proven by CustomersContract), the import says so.
        customers.save(new Customer(CustomerKey.of("ACME"), "Old Acme", "001A", Set.of(), null, null, List.of()));
        InMemoryCustomers refusing = Mockito.spy(customers);
        Mockito.doThrow(new CustomerConflictException(
                        CustomerConflictException.Reason.DOMAIN_TAKEN,
                        CustomerKey.of("GLOBEX_CORPORATION"),
                        "Email domain globex.com already belongs to customer RACER."))
                .when(refusing)
                .upsertAll(ArgumentMatchers.any(), ArgumentMatchers.any());
        CustomerImport racing =
                new CustomerImport(refusing, locks, NOW, CustomerImport.Limits.DEFAULT, JiraServiceAvailability.all());

        assertThatThrownBy(() -> racing.run(file("generic/customers.csv"), ImportOptions.auto(), false, "ada", true))
                .isInstanceOf(ImportBusyException.class)
                .hasMessageContaining("nothing was kept")
                .hasMessageContaining("globex.com already belongs to customer RACER");

        assertThat(customer("ACME").name()).isEqualTo("Old Acme");
        assertThat(customers.findByKey(CustomerKey.of("GLOBEX_CORPORATION"))).isEmpty();
    }

    @Test
    void anImportWaitsForTheOneRunningAndGivesUpWith409AfterItsWait() throws Exception {
        CustomerImport impatient = new CustomerImport(
                customers, locks, NOW, new CustomerImport.Limits(1 << 20, 100, 0), JiraServiceAvailability.all());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            var lock = locks.getLockForName(CustomerImport.LOCK_NAME);
            lock.lock();
            try {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        held.await(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> impatient.run(file("generic/customers.csv"), ImportOptions.auto(), false, "ada", true))
                .isInstanceOf(ImportBusyException.class);
        assertThat(impatient
                        .run(file("generic/customers.csv"), ImportOptions.auto(), true, "ada", true)
                        .created())
                .as("a dry run needs no lock")
                .isEqualTo(2);
        release.countDown();
        other.get(10, TimeUnit.SECONDS);

        assertThat(impatient
                        .run(file("generic/customers.csv"), ImportOptions.auto(), false, "ada", true)
                        .applied())
                .isTrue();
    }
}
