package io.github.promisekeeper.jira.renewal.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.renewal.UpcomingRenewals;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalsResourceTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private InProcessJaxRs rest;

    @BeforeEach
    void startRest() {
        rest = new InProcessJaxRs(new RenewalsResource(
                new UpcomingRenewals(customers, TODAY),
                TODAY,
                new PropertiesI18nResolver(),
                new JsonResponses(new Json())));
    }

    private void customer(String key, String name, String renewal) {
        customers.upsert(
                new Customer(
                        CustomerKey.of(key),
                        name,
                        null,
                        Set.of(),
                        null,
                        null,
                        List.of(new Contract(
                                key + "-1",
                                null,
                                LocalDate.parse(renewal),
                                Money.of("5000", "USD"),
                                30,
                                false,
                                ContractStatus.ACTIVE))),
                Change.throughRest("test", Instant.EPOCH));
    }

    @Test
    void listsCustomersRenewingWithinTheAskedDaysAsJson() {
        customer("ACME", "Acme <Corp>", "2027-02-01");
        customer("LATER", "Later Ltd", "2027-06-01");

        InProcessJaxRs.Answer answer = rest.get("renewals?days=30");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonObject json = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(json.get("today").getAsString()).isEqualTo("2027-01-10");
        assertThat(json.get("days").getAsInt()).isEqualTo(30);
        assertThat(json.getAsJsonArray("renewals")).hasSize(1);
        JsonObject acme = json.getAsJsonArray("renewals").get(0).getAsJsonObject();
        assertThat(acme.get("key").getAsString()).isEqualTo("ACME");
        assertThat(acme.get("name").getAsString()).isEqualTo("Acme <Corp>");
        assertThat(acme.get("renewal").getAsString()).isEqualTo("2027-02-01");
        assertThat(acme.get("noticeDeadline").getAsString()).isEqualTo("2027-01-02");
        assertThat(acme.get("daysLeft").getAsLong()).isEqualTo(22);
        assertThat(answer.body()).doesNotContain("<Corp>").contains("\\u003cCorp\\u003e");
    }

    @Test
    void defaultsToNinetyDaysAndAnswersAnEmptyListWhenNobodyRenews() {
        InProcessJaxRs.Answer answer = rest.get("renewals");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject json = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(json.get("days").getAsInt()).isEqualTo(90);
        assertThat(json.getAsJsonArray("renewals")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "3651", "ninety", "1.5", "99999999999"})
    void rejectsAWindowThatIsNotOneToTenYearsOfDays(String days) {
        InProcessJaxRs.Answer answer = rest.get("renewals?days=" + days);

        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = JsonParser.parseString(answer.body())
                .getAsJsonObject()
                .getAsJsonArray("errors")
                .get(0)
                .getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo("days");
        assertThat(error.get("message").getAsString())
                .isEqualTo("The window '" + days + "' must be a whole number of days from 1 to 3650.");
    }

    @Test
    void declaresItsAccessLevel() {
        assertThat(RenewalsResource.class.getAnnotation(LicensedOnly.class)).isNotNull();
    }
}
