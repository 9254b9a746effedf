package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.github.promisekeeper.core.importer.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

class ImportRowRulesTest {

    /** What a reader sees of an error; its i18n key and arguments are checked against the English text in the plugin. */
    private static final String[] TEXT = {"line", "column", "message"};

    static ImportRow row(int line, Map<ImportField, String> overrides) {
        Map<ImportField, String> fields = new EnumMap<>(Map.of(
                CUSTOMER_KEY,
                "ACME",
                NAME,
                "Acme Inc",
                CONTRACT_ID,
                "C-1",
                RENEWAL,
                "2027-03-04",
                NOTICE_DAYS,
                "30",
                AUTO_RENEW,
                "yes",
                ANNUAL_VALUE,
                "1200.50",
                CURRENCY,
                "EUR",
                EMAIL_DOMAINS,
                "acme.com; Acme.io"));
        fields.putAll(overrides);
        return new ImportRow(line, fields);
    }

    private static List<ImportError> errors(ImportFormat format, Map<ImportField, String> overrides) {
        return ImportRowRules.validate(row(7, overrides), format).errors();
    }

    @Test
    void turnsAValidRowIntoACustomerWithOneContract() {
        CustomerRow row = ImportRowRules.validate(row(7, Map.of()), ImportFormat.iso())
                .row()
                .orElseThrow();

        assertThat(row.key().value()).isEqualTo("ACME");
        assertThat(row.emailDomains()).containsExactlyInAnyOrder("acme.com", "acme.io");
        assertThat(row.contract().renewal()).isEqualTo(LocalDate.parse("2027-03-04"));
        assertThat(row.contract().annualValue()).isEqualTo(Money.of("1200.50", "EUR"));
        assertThat(row.contract().autoRenew()).isTrue();
        assertThat(row.contract().status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void reportsEveryMissingRequiredFieldWithLineAndColumn() {
        Map<ImportField, String> blanks = new EnumMap<>(ImportField.class);
        blanks.put(NAME, " ");
        blanks.put(RENEWAL, "");

        assertThat(errors(ImportFormat.iso(), blanks))
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(
                        new ImportError(7, "name", "name is required"),
                        new ImportError(7, "renewal", "renewal is required"));
    }

    @Test
    void refusesToGuessAnAmbiguousDateWithoutAConfiguredFormat() {
        assertThat(errors(ImportFormat.iso(), Map.of(RENEWAL, "03/04/2027")))
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(
                        new ImportError(
                                7,
                                "renewal",
                                "'03/04/2027' is ambiguous: configure the date format (for example dd/MM/yyyy or MM/dd/yyyy) or use 2027-03-04"));
    }

    @Test
    void readsDatesInTheConfiguredFormatStrictly() {
        ImportFormat european = ImportFormat.of("dd/MM/yyyy", ',');

        CustomerRow row = ImportRowRules.validate(
                        row(7, Map.of(RENEWAL, "03/04/2027", ANNUAL_VALUE, "1200,50")), european)
                .row()
                .orElseThrow();

        assertThat(row.contract().renewal()).isEqualTo(LocalDate.parse("2027-04-03"));
        assertThat(row.contract().annualValue()).isEqualTo(Money.of("1200.50", "EUR"));
        assertThat(errors(european, Map.of(RENEWAL, "31/04/2027", ANNUAL_VALUE, "1")))
                .extracting(ImportError::message)
                .containsExactly("'31/04/2027' is not a date written as dd/MM/yyyy");
    }

    @Test
    void acceptsTheLeapDayOnlyInLeapYears() {
        assertThat(errors(ImportFormat.iso(), Map.of(RENEWAL, "2028-02-29"))).isEmpty();
        assertThat(errors(ImportFormat.iso(), Map.of(RENEWAL, "2027-02-29")))
                .extracting(ImportError::column)
                .containsExactly("renewal");
    }

    @Test
    void rejectsAmountsWithThousandsSeparatorsOrTooManyDecimals() {
        assertThat(errors(ImportFormat.iso(), Map.of(ANNUAL_VALUE, "1,200.50")))
                .extracting(ImportError::message)
                .containsExactly("'1,200.50' is not an amount such as 1200.50 (no sign, no thousands separators)");
        assertThat(errors(ImportFormat.iso(), Map.of(ANNUAL_VALUE, "10.5", CURRENCY, "JPY")))
                .extracting(ImportError::column)
                .containsExactly("annualValue");
    }

    @Test
    void checksCurrencyNoticeDaysYesNoStatusAndDomains() {
        List<ImportError> errors = errors(
                ImportFormat.iso(),
                Map.of(
                        CURRENCY,
                        "euro",
                        NOTICE_DAYS,
                        "4000",
                        AUTO_RENEW,
                        "maybe",
                        STATUS,
                        "paused",
                        EMAIL_DOMAINS,
                        "acme.com, acme..com -bad.com"));

        assertThat(errors)
                .extracting(ImportError::column)
                .containsExactlyInAnyOrder(
                        "currency", "noticeDays", "autoRenew", "status", "emailDomains", "emailDomains");
        assertThat(errors)
                .extracting(ImportError::message)
                .contains(
                        "notice period is 0 to 3650 days, not 4000",
                        "'acme..com' is not an email domain such as acme.com");
    }

    @Test
    void anAnnualValueNeedsACurrency() {
        Map<ImportField, String> noCurrency = new EnumMap<>(ImportField.class);
        noCurrency.put(CURRENCY, "");

        assertThat(errors(ImportFormat.iso(), noCurrency))
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(new ImportError(7, "currency", "currency is required with an annual value"));
    }
}
