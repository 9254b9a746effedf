package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.promisekeeper.core.importer.ImportField.*;
import static io.github.promisekeeper.core.importer.ImportRowRulesTest.row;
import static org.assertj.core.api.Assertions.assertThat;

class ImportFileRulesTest {

    /** What a reader sees of an error; its i18n key and arguments are checked against the English text in the plugin. */
    private static final String[] TEXT = {"line", "column", "message"};

    private static ImportValidation validate(ImportRow... rows) {
        return ImportFileRules.validate(List.of(rows), ImportFormat.iso(), Map.of());
    }

    @Test
    void rowsOfOneCustomerBecomeOneCustomerWithAllItsContracts() {
        ImportValidation result = validate(row(2, Map.of()), row(3, Map.of(CONTRACT_ID, "C-2", RENEWAL, "2028-01-01")));

        assertThat(result.canBeApplied()).isTrue();
        assertThat(result.customers())
                .singleElement()
                .satisfies(customer ->
                        assertThat(customer.contracts()).extracting(c -> c.id()).containsExactly("C-1", "C-2"));
    }

    @Test
    void aContractIdAppearsOnlyOnceInAFile() {
        ImportValidation result = validate(row(2, Map.of()), row(5, Map.of()));

        assertThat(result.errors())
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(new ImportError(5, "contractId", "contract C-1 is already on line 2"));
        assertThat(result.canBeApplied()).isFalse();
    }

    @Test
    void rowsOfOneCustomerMustAgreeOnItsDetails() {
        ImportValidation result = validate(row(2, Map.of()), row(3, Map.of(CONTRACT_ID, "C-2", NAME, "ACME Corp")));

        assertThat(result.errors())
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(
                        new ImportError(3, "name", "customer ACME has name 'Acme Inc' on line 2 but 'ACME Corp' here"));
        assertThat(result.customers()).isEmpty();
    }

    @Test
    void aCrmIdOrADomainBelongsToOneCustomerOnly() {
        ImportValidation result = validate(
                row(2, Map.of(CRM_ID, "001")),
                row(
                        3,
                        Map.of(
                                CUSTOMER_KEY,
                                "GLOBEX",
                                CONTRACT_ID,
                                "G-1",
                                CRM_ID,
                                "001",
                                EMAIL_DOMAINS,
                                "globex.com, acme.io")));

        assertThat(result.errors())
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(
                        new ImportError(3, "crmId", "CRM id 001 already belongs to ACME on line 2"),
                        new ImportError(3, "emailDomains", "domain acme.io already belongs to ACME on line 2"));
        assertThat(result.customers()).extracting(Customer::key).containsExactly(CustomerKey.of("ACME"));
    }

    @Test
    void aDomainOfAnotherStoredCustomerConflictsButItsOwnDoesNot() {
        Map<String, CustomerKey> stored =
                Map.of("acme.com", CustomerKey.of("ACME"), "acme.io", CustomerKey.of("ACME_OLD"));

        ImportValidation result = ImportFileRules.validate(List.of(row(2, Map.of())), ImportFormat.iso(), stored);

        assertThat(result.errors())
                .usingRecursiveFieldByFieldElementComparatorOnFields(TEXT)
                .containsExactly(
                        new ImportError(2, "emailDomains", "domain acme.io belongs to existing customer ACME_OLD"));
    }

    @Test
    void errorsComeInFileOrderAcrossRowAndFileChecks() {
        ImportValidation result =
                validate(row(4, Map.of(RENEWAL, "04/03/2027")), row(2, Map.of(CONTRACT_ID, "X", NOTICE_DAYS, "-1")));

        assertThat(result.errors()).extracting(ImportError::line).containsExactly(2, 4);
    }
}
