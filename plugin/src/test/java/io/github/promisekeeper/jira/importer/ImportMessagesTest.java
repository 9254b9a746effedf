package io.github.promisekeeper.jira.importer;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.importer.CsvLayout;
import io.github.promisekeeper.core.importer.ImportError;
import io.github.promisekeeper.core.importer.ImportOptions;
import io.github.promisekeeper.core.importer.ImportReport;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.promisekeeper.jira.importer.Fixtures.file;
import static io.github.promisekeeper.jira.importer.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import error core explains with an i18n key renders, through the plugin's English properties, to
 * exactly the English text core wrote: the properties file and core cannot drift apart.
 */
class ImportMessagesTest {

    private static final String EVERY_PROBLEM = """
            customer_key,customer_name,crm_id,email_domains,tier,contract_id,contract_start,renewal_date,annual_value,currency,notice_days,auto_renew,status
            ACME,Acme,001A,acme.com,gold,AC-1,2026-03-01,2027-03-01,1500.00,USD,30,yes,active
            ACME,Acme Two,001A,acme.com,gold,AC-2,2026-03-01,2027-03-01,,,30,yes,active
            GLOBEX,Globex,001A,acme.com globex.com,,AC-1,,2027-01-01,,,1,no,
            BAD,Bad,002B,,,BA-1,2028-01-01,2027-01-01,-5,USD,4000,maybe,paused
            HOOLI,Hooli,009Z,not_a_domain,,HO-1,,someday,(1),,x,no,
            INITECH,Initech,008Y,initech.com,,IN-1,,2027-01-01,"1,2,3",USD,1,no,,extra
            LUMON,Lumon,007X,lumon.com,,LU-1,,2027-01-01,"1.000,00,5",EUR,1,no,
            MASSIVE,Massive,006W,massive.com,,MA-1,,2027-01-01,EUR 1200,USD,1,no,
            OTHER,Other,005V,taken.com,,OT-1,,2027-01-01,12a,USD,1,no,
            NEWKEY,Wayne,W-1,,,NK-1,,2027-01-01,,,1,no,
            lower_key,Lower,004U,,,LK-1,,2027-01-01,5,XYZ,1,no,
            ,,,,,,,,,,,,
            """;

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final CustomerImport customerImport = new CustomerImport(
            customers,
            new InMemoryClusterLocks(),
            Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC),
            CustomerImport.Limits.DEFAULT,
            JiraServiceAvailability.all());
    private final PropertiesI18nResolver i18n = new PropertiesI18nResolver();

    @Test
    void everyKeyedErrorRendersToItsEnglishText() {
        customers.save(
                new Customer(CustomerKey.of("WAYNE"), "Wayne", "W-1", Set.of("taken.com"), null, null, List.of()));
        List<ImportError> errors = new ArrayList<>();
        errors.addAll(dryRun(text(EVERY_PROBLEM), ImportOptions.auto()).errors());
        errors.addAll(dryRun(
                        text("customer_name,contract_id,renewal_date\nHooli,HO-1,31-12-2027\n"),
                        new ImportOptions(
                                Optional.empty(), Optional.of("dd/MM/yyyy"), Optional.empty(), Optional.empty()))
                .errors());
        errors.addAll(dryRun(
                        text("customer_name,contract_id,renewal_date\n" + "N".repeat(300) + ",HO-1,03/04/2027\n"),
                        ImportOptions.auto())
                .errors());
        for (String fixture : List.of("generic/broken.csv", "salesforce/broken.csv", "hubspot/broken.csv")) {
            errors.addAll(dryRun(file(fixture), ImportOptions.auto()).errors());
        }
        errors.addAll(dryRun(
                        file("hubspot/companies.csv"),
                        new ImportOptions(
                                Optional.of(CsvLayout.SALESFORCE),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))
                .errors());

        assertThat(errors)
                .extracting(ImportError::key)
                .contains(
                        "promise-keeper.import.error.crm-id-owner", "promise-keeper.import.error.missing-column",
                        "promise-keeper.import.error.too-many-values", "promise-keeper.import.error.amount-currency",
                        "promise-keeper.import.error.amount-negative", "promise-keeper.import.error.amount-text",
                        "promise-keeper.import.error.amount-mixed", "promise-keeper.import.error.amount-grouping",
                        "promise-keeper.import.error.amount-ambiguous", "promise-keeper.import.error.date-pattern",
                        "promise-keeper.import.error.date-ambiguous", "promise-keeper.import.error.date",
                        "promise-keeper.import.error.required", "promise-keeper.import.error.name-length",
                        "promise-keeper.import.error.start-after-renewal",
                                "promise-keeper.import.error.currency-required",
                        "promise-keeper.import.error.domain", "promise-keeper.import.error.notice-days",
                        "promise-keeper.import.error.notice-days-range", "promise-keeper.import.error.yes-no",
                        "promise-keeper.import.error.status", "promise-keeper.import.error.contract-twice",
                        "promise-keeper.import.error.crm-id-twice", "promise-keeper.import.error.domain-twice",
                        "promise-keeper.import.error.domain-stored", "promise-keeper.import.error.disagree",
                        "promise-keeper.reason.value.customer.key", "promise-keeper.reason.value.currency.unknown");
        assertThat(errors)
                .filteredOn(error -> error.key() != null)
                .allSatisfy(error -> assertThat(
                                i18n.getText(error.key(), error.arguments().toArray(new Serializable[0])))
                        .as(error.key())
                        .isEqualTo(error.message()));
    }

    private ImportReport dryRun(InputStream csv, ImportOptions options) {
        return customerImport.run(csv, options, true, "ada", true);
    }
}
