package io.github.promisekeeper.jira.customer.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** {@code GET /customers/{key}/history}: who changed a customer, when, through what, and what. */
class CustomerHistoryResourceTest {

    private static final Instant MONDAY = Instant.parse("2027-01-04T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-01-05T11:30:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2027-01-06T08:15:00Z");

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final UserManager userManager = mock(UserManager.class);
    private final InProcessJaxRs rest = CustomersResourceTest.rest(customers, userManager);

    private static Customer acme(String name, String value) {
        return new Customer(
                CustomerKey.of("ACME"),
                name,
                "001A",
                Set.of("acme.com"),
                "gold",
                "sam",
                List.of(new Contract(
                        "C-1",
                        LocalDate.parse("2026-03-01"),
                        LocalDate.parse("2027-03-01"),
                        Money.of(value, "USD"),
                        30,
                        true,
                        ContractStatus.ACTIVE)));
    }

    /** Created on the admin page on Monday, re-imported on Tuesday, re-valued through REST on Wednesday. */
    private void acmeWithThreeChanges() {
        customers.upsert(acme("Acme", "100000.00"), Change.onAdminPage("ada", MONDAY));
        customers.upsert(acme("Acme Corp", "100000.00"), Change.byImport("eddie", TUESDAY, "batch-7"));
        customers.upsert(acme("Acme Corp", "120000.00"), Change.throughRest("fiona", WEDNESDAY));
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static JsonObject firstError(InProcessJaxRs.Answer answer) {
        return json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
    }

    @Test
    void listsWhoChangedTheCustomerWhenThroughWhatAndWhatNewestFirst() {
        acmeWithThreeChanges();
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME/history");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("key").getAsString()).isEqualTo("ACME");
        JsonArray changes = json(answer).getAsJsonArray("changes");
        assertThat(changes).hasSize(3);
        JsonObject newest = changes.get(0).getAsJsonObject();
        assertThat(newest.get("author").getAsString()).isEqualTo("fiona");
        assertThat(newest.get("at").getAsString()).isEqualTo("2027-01-06T08:15:00Z");
        assertThat(newest.get("source").getAsString()).isEqualTo("rest");
        assertThat(newest.has("importBatchId")).as("only imports name a batch").isFalse();
        assertThat(newest.get("description").getAsString())
                .isEqualTo("contract C-1 changed (value 100000.00 USD → 120000.00 USD)");
        JsonObject imported = changes.get(1).getAsJsonObject();
        assertThat(imported.get("source").getAsString()).isEqualTo("import");
        assertThat(imported.get("importBatchId").getAsString()).isEqualTo("batch-7");
        assertThat(imported.get("description").getAsString()).isEqualTo("name Acme → Acme Corp");
        JsonObject created = changes.get(2).getAsJsonObject();
        assertThat(created.get("source").getAsString()).isEqualTo("admin_page");
        assertThat(created.get("author").getAsString()).isEqualTo("ada");
    }

    @Test
    void answersAtMostTheLimitOfTheNewestChanges() {
        acmeWithThreeChanges();
        Role.ADMIN.actOn(userManager);

        JsonArray changes = json(rest.get("customers/ACME/history?limit=2")).getAsJsonArray("changes");

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).getAsJsonObject().get("author").getAsString()).isEqualTo("fiona");
        assertThat(changes.get(1).getAsJsonObject().get("author").getAsString()).isEqualTo("eddie");
    }

    @Test
    void answersTheLatestTwentyWhenNoLimitIsGiven() {
        for (int i = 0; i < 25; i++) {
            customers.upsert(acme("Acme " + i, "1.00"), Change.throughRest("ada", MONDAY.plusSeconds(i)));
        }
        Role.ADMIN.actOn(userManager);

        JsonArray changes = json(rest.get("customers/ACME/history")).getAsJsonArray("changes");

        assertThat(changes).hasSize(CustomersResource.DEFAULT_HISTORY_LIMIT);
        assertThat(changes.get(0).getAsJsonObject().get("description").getAsString())
                .isEqualTo("name Acme 23 → Acme 24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5"})
    void refusesALimitOutsideOneToAHundredNamingIt(String limit) {
        acmeWithThreeChanges();
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME/history?limit=" + limit);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(firstError(answer).get("field").getAsString()).isEqualTo("limit");
        assertThat(firstError(answer).get("message").getAsString())
                .isEqualTo("The limit '" + limit + "' must be a whole number from 1 to 100.");
    }

    @Test
    void acceptsTheLimitsAtBothEnds() {
        acmeWithThreeChanges();
        Role.ADMIN.actOn(userManager);

        assertThat(json(rest.get("customers/ACME/history?limit=1")).getAsJsonArray("changes"))
                .hasSize(1);
        assertThat(json(rest.get("customers/ACME/history?limit=100")).getAsJsonArray("changes"))
                .hasSize(3);
    }

    @Test
    void hidesEveryAmountFromAnEditorWithoutTheMoneyRight() {
        acmeWithThreeChanges();
        Role.EDITOR.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME/history");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("100000", "120000");
        assertThat(json(answer)
                        .getAsJsonArray("changes")
                        .get(0)
                        .getAsJsonObject()
                        .get("description")
                        .getAsString())
                .isEqualTo("contract C-1 changed (value (amount hidden) → (amount hidden))");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"USER", "FINANCE", "UNLICENSED"})
    void refusesReadersWhoMayNotEdit(Role role) {
        acmeWithThreeChanges();
        role.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME/history");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).startsWith("{\"errors\":[").doesNotContain("fiona", "Acme");
    }

    @Test
    void asksAnonymousUsersToLogIn() {
        acmeWithThreeChanges();
        Role.ANONYMOUS.actOn(userManager);

        assertThat(rest.get("customers/ACME/history").status()).isEqualTo(401);
    }

    @Test
    void keepsADeletedCustomersHistoryReadable() {
        acmeWithThreeChanges();
        Role.ADMIN.actOn(userManager);
        assertThat(rest.send("DELETE", "customers/ACME", null, null).status()).isEqualTo(204);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME/history");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonArray changes = json(answer).getAsJsonArray("changes");
        assertThat(changes).hasSize(4);
        assertThat(changes.get(0).getAsJsonObject().get("author").getAsString()).isEqualTo("ada");
        assertThat(changes.get(0).getAsJsonObject().get("description").getAsString())
                .startsWith("deleted ACME (Acme Corp)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "not%20a%20key"})
    void answers404ForAKeyThatNeverHadACustomer(String key) {
        acmeWithThreeChanges();
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/" + key + "/history");

        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(firstError(answer).get("field").getAsString()).isEqualTo("key");
    }
}
