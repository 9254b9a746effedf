package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPlanningTest {

    private static final List<String> HEADER =
            List.of("customer_key", "customer_name", "crm_id", "contract_id", "renewal_date");

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final ImportPlanning planning = new ImportPlanning(customers, preloadLimit());

    /** How many stored customers the planning may read at once; constant, as it is read during construction. */
    int preloadLimit() {
        return StoredLookup.PRELOAD_LIMIT;
    }

    private ImportPlan plan(List<String> header, List<List<String>> values, boolean keepValues) {
        HeaderMapping mapping = HeaderMapping.of(CsvLayout.GENERIC, header, ImportOptions.auto());
        ImportPlanning.Records records = planning.records(mapping);
        for (int i = 0; i < values.size(); i++) {
            records.add(i + 2, values.get(i));
        }
        return planning.plan(records, ImportFormat.iso(), keepValues);
    }

    private void storeWayne() {
        customers.save(new Customer(
                CustomerKey.of("WAYNE"),
                "Wayne Enterprises",
                "W-1",
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "WE-1",
                        null,
                        LocalDate.parse("2027-05-01"),
                        Money.of("1000", "USD"),
                        0,
                        false,
                        ContractStatus.ACTIVE))));
    }

    @Test
    void aFileKeyThatIsNotTheCrmIdOwnersIsAnErrorNeverARekey() {
        storeWayne();

        ImportPlan plan = plan(HEADER, List.of(List.of("NEWKEY", "Wayne", "W-1", "WE-1", "2027-05-01")), false);

        assertThat(plan.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo("crm_id");
            assertThat(error.message()).isEqualTo("CRM id W-1 belongs to customer WAYNE; the file names NEWKEY");
            assertThat(error.key()).isEqualTo("promise-keeper.import.error.crm-id-owner");
            assertThat(error.arguments()).containsExactly("W-1", "WAYNE", "NEWKEY");
        });
        assertThat(plan.changed()).extracting(Customer::key).doesNotContain(CustomerKey.of("WAYNE"));
    }

    @Test
    void aRowWithoutAKeyUpdatesTheCrmIdsOwnerUnderItsKey() {
        storeWayne();

        ImportPlan plan = plan(HEADER, List.of(List.of("", "Wayne Corp", "W-1", "WE-1", "2027-05-01")), false);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.planned()).singleElement().satisfies(planned -> {
            assertThat(planned.customer().key()).isEqualTo(CustomerKey.of("WAYNE"));
            assertThat(planned.action()).isEqualTo(ImportReport.Action.UPDATE);
        });
    }

    @Test
    void keepsStoredValuesWhenAskedAndCallsAnIdenticalCustomerUnchanged() {
        storeWayne();

        ImportPlan plan =
                plan(HEADER, List.of(List.of("WAYNE", "Wayne Enterprises", "W-1", "WE-1", "2027-05-01")), true);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.planned()).singleElement().satisfies(planned -> {
            assertThat(planned.customer().contracts().get(0).annualValue()).isEqualTo(Money.of("1000", "USD"));
            assertThat(planned.action()).isEqualTo(ImportReport.Action.UNCHANGED);
        });
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void theLayoutAppliesItsOwnConventions() {
        HeaderMapping hubspot = HeaderMapping.of(
                CsvLayout.HUBSPOT,
                List.of("Record ID", "Company name", "Company Domain Name", "Renewal date"),
                ImportOptions.auto());
        ImportPlanning.Records records = planning.records(hubspot);
        records.add(2, List.of("9002", "Daily Planet", "https://www.dailyplanet.com/news", "2027-09-15"));

        ImportPlan plan = planning.plan(records, ImportFormat.iso(), false);

        assertThat(plan.errors()).isEmpty();
        Customer planet = plan.planned().get(0).customer();
        assertThat(planet.emailDomains()).containsExactly("dailyplanet.com");
        assertThat(planet.contracts().get(0).id()).isEqualTo("HS-9002");
    }
}
