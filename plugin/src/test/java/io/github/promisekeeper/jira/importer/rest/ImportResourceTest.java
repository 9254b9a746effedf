package io.github.promisekeeper.jira.importer.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.jira.importer.CustomerImport;
import io.github.promisekeeper.jira.importer.InMemoryClusterLocks;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import io.github.promisekeeper.jira.web.rest.TooLargeMapper;
import io.github.promisekeeper.jira.web.rest.UnexpectedErrorMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class ImportResourceTest {

    private static final String CSV = """
            customer_name,contract_id,renewal_date,annual_value,currency
            Hooli,HO-1,2027-05-01,"$1,200.00",USD
            """;

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final UserManager userManager = mock(UserManager.class);
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        JsonResponses responses = new JsonResponses(new Json());
        CustomerImport customerImport = new CustomerImport(
                customers,
                new InMemoryClusterLocks(),
                Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC),
                new CustomerImport.Limits(400, 100, 1),
                JiraServiceAvailability.all());
        rest = new InProcessJaxRs(
                new ImportResource(customerImport, new Permissions(userManager, () -> Role.GROUPS), responses, i18n),
                new AccessDeniedMapper(i18n, responses),
                new ImportRejectedMapper(i18n, responses),
                new ImportBusyMapper(i18n, responses),
                new TooLargeMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses),
                new UnexpectedErrorMapper(i18n, responses));
        Role.ADMIN.actOn(userManager);
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void aDryRunIsTheDefaultAndReportsTheLayoutItDetected() {
        InProcessJaxRs.Answer answer = rest.send("POST", "import", "text/csv", CSV);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject report = json(answer);
        assertThat(report.get("dryRun").getAsBoolean()).isTrue();
        assertThat(report.get("applied").getAsBoolean()).isFalse();
        assertThat(report.get("format").getAsString()).isEqualTo("generic");
        assertThat(report.get("created").getAsInt()).isEqualTo(1);
        assertThat(report.getAsJsonArray("errors")).isEmpty();
        assertThat(report.getAsJsonArray("changes")
                        .get(0)
                        .getAsJsonObject()
                        .get("action")
                        .getAsString())
                .isEqualTo("create");
        assertThat(customers.findByKey(CustomerKey.of("HOOLI"))).isEmpty();
    }

    /** The public contract: fields may be added, never renamed or dropped (docs/rest-api.md). */
    @Test
    void keepsEveryDocumentedFieldOfTheReport() {
        JsonObject report = json(rest.send(
                "POST", "import", "text/csv", "customer_name,contract_id,renewal_date\nHooli,HO-1,someday\n"));

        assertThat(report.keySet()).contains("dryRun", "format", "created", "updated", "unchanged", "errors");
        assertThat(report.getAsJsonArray("errors").get(0).getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("line", "column", "message");
    }

    @Test
    void appliesWithDryRunFalse() {
        InProcessJaxRs.Answer answer =
                rest.send("POST", "import?format=generic&dryRun=false", "text/csv; charset=utf-8", CSV);

        assertThat(json(answer).get("applied").getAsBoolean()).isTrue();
        assertThat(customers.findByKey(CustomerKey.of("HOOLI"))).isPresent();
    }

    @Test
    void reportsRowErrorsWithLineAndColumn() {
        InProcessJaxRs.Answer answer = rest.send(
                "POST",
                "import?dryRun=false",
                "text/csv",
                "customer_name,contract_id,renewal_date\nHooli,HO-1,01/05/2027\n");

        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("line").getAsInt()).isEqualTo(2);
        assertThat(error.get("column").getAsString()).isEqualTo("renewal_date");
        assertThat(json(answer).get("applied").getAsBoolean()).isFalse();
    }

    @Test
    void refusesAKeyThatWouldReKeyTheCustomerOwningTheCrmId() {
        customers.save(
                new Customer(CustomerKey.of("WAYNE"), "Wayne Enterprises", "W-1", Set.of(), null, null, List.of()));

        InProcessJaxRs.Answer answer = rest.send(
                "POST",
                "import?dryRun=false",
                "text/csv",
                "customer_key,customer_name,crm_id,contract_id,renewal_date\nNEWKEY,Wayne,W-1,WE-1,2027-05-01\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("applied").getAsBoolean()).isFalse();
        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("line").getAsInt()).isEqualTo(2);
        assertThat(error.get("column").getAsString()).isEqualTo("crm_id");
        assertThat(error.get("message").getAsString())
                .isEqualTo("CRM id W-1 belongs to customer WAYNE; the file names NEWKEY");
        assertThat(customers.findByKey(CustomerKey.of("WAYNE")))
                .get()
                .extracting("name")
                .isEqualTo("Wayne Enterprises");
        assertThat(customers.findByKey(CustomerKey.of("NEWKEY"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"format=excel", "dryRun=maybe", "dateFormat=dd/MM/yyyy%7B", "format=salesforce&dryRun=yes"})
    void refusesUnknownOptionsWith400(String query) {
        InProcessJaxRs.Answer answer = rest.send("POST", "import?" + query, "text/csv", CSV);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).startsWith("{\"errors\":[{\"field\":");
    }

    @Test
    void refusesAHeaderOfNoKnownLayoutWith400() {
        InProcessJaxRs.Answer answer = rest.send("POST", "import", "text/csv", "a,b\n1,2\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"format\"");
    }

    @Test
    void refusesAFileBeyondTheLimitWith413() {
        InProcessJaxRs.Answer answer = rest.send("POST", "import", "text/csv", CSV + "x".repeat(500));

        assertThat(answer.status()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json"})
    void refusesBodiesThatAreNotCsvWith415(String contentType) {
        InProcessJaxRs.Answer answer = rest.send("POST", "import?dryRun=false", contentType, CSV);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(customers.findByKey(CustomerKey.of("HOOLI"))).isEmpty();
    }

    @Test
    void editorsWithoutTheMoneyRightImportOnlyFilesWithoutValues() {
        Role.EDITOR.actOn(userManager);

        InProcessJaxRs.Answer withValues = rest.send("POST", "import?dryRun=false", "text/csv", CSV);
        InProcessJaxRs.Answer withoutValues = rest.send(
                "POST",
                "import?dryRun=false",
                "text/csv",
                "customer_name,contract_id,renewal_date\nHooli,HO-1,2027-05-01\n");

        assertThat(withValues.status()).isEqualTo(403);
        assertThat(withValues.body()).contains("finance");
        assertThat(json(withoutValues).get("applied").getAsBoolean()).isTrue();
    }

    @Test
    void onlyEditorsAndAdministratorsImport() {
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send("POST", "import?dryRun=false", "text/csv", CSV);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(customers.findByKey(CustomerKey.of("HOOLI"))).isEmpty();
    }
}
