package io.github.promisekeeper.jira.customer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.customer.ChangeSource;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadInputMapper;
import io.github.promisekeeper.jira.web.rest.ConflictMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import io.github.promisekeeper.jira.web.rest.UnexpectedErrorMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class CustomersResourceTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final UserManager userManager = mock(UserManager.class);
    private final InProcessJaxRs rest = rest(customers, userManager);

    static InProcessJaxRs rest(InMemoryCustomers customers, UserManager userManager) {
        return rest(customers, userManager, new PropertiesI18nResolver());
    }

    static InProcessJaxRs rest(InMemoryCustomers customers, UserManager userManager, I18nResolver i18n) {
        Json json = new Json();
        JsonResponses responses = new JsonResponses(json);
        return new InProcessJaxRs(
                new CustomersResource(
                        customers, new Permissions(userManager, () -> Role.GROUPS), json, responses, i18n, TODAY),
                new AccessDeniedMapper(i18n, responses),
                new BadInputMapper(i18n, responses),
                new ConflictMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses),
                new UnexpectedErrorMapper(i18n, responses));
    }

    private void acme() {
        customers.save(new Customer(
                CustomerKey.of("ACME"),
                "Acme Corp",
                "001A",
                Set.of("acme.com"),
                "gold",
                "sam",
                List.of(new Contract(
                        "C-1",
                        LocalDate.parse("2026-03-01"),
                        LocalDate.parse("2027-03-01"),
                        Money.of("120000.00", "USD"),
                        30,
                        true,
                        ContractStatus.ACTIVE))));
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static JsonObject firstError(InProcessJaxRs.Answer answer) {
        return json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
    }

    @Test
    void showsACustomerWithItsContractValueToFinance() {
        acme();
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject acme = json(answer);
        assertThat(acme.get("key").getAsString()).isEqualTo("ACME");
        assertThat(acme.get("crmId").getAsString()).isEqualTo("001A");
        assertThat(acme.getAsJsonArray("domains").get(0).getAsString()).isEqualTo("acme.com");
        assertThat(acme.get("version").getAsLong()).isEqualTo(1);
        assertThat(acme.get("nextRenewal").getAsString()).isEqualTo("2027-03-01");
        assertThat(acme.get("noticeDeadline").getAsString()).isEqualTo("2027-01-30");
        JsonObject contract = acme.getAsJsonArray("contracts").get(0).getAsJsonObject();
        assertThat(contract.get("status").getAsString()).isEqualTo("active");
        assertThat(contract.getAsJsonObject("value").get("amount").getAsString())
                .isEqualTo("120000.00");
        assertThat(contract.getAsJsonObject("value").get("currency").getAsString())
                .isEqualTo("USD");
    }

    /** The public contract: fields may be added, never renamed or dropped (docs/rest-api.md). */
    @Test
    void keepsEveryDocumentedFieldOfACustomer() {
        acme();
        Role.FINANCE.actOn(userManager);

        JsonObject acme = json(rest.get("customers/ACME"));
        JsonObject contract = acme.getAsJsonArray("contracts").get(0).getAsJsonObject();

        assertThat(acme.keySet())
                .contains(
                        "key",
                        "name",
                        "crmId",
                        "domains",
                        "tier",
                        "owner",
                        "version",
                        "nextRenewal",
                        "noticeDeadline",
                        "contracts");
        assertThat(contract.keySet()).contains("id", "start", "renewal", "noticeDays", "autoRenew", "status", "value");
        assertThat(contract.getAsJsonObject("value").keySet()).containsExactlyInAnyOrder("amount", "currency");
        assertThat(json(rest.get("customers")).keySet()).contains("customers", "total");
        JsonObject listed =
                json(rest.get("customers")).getAsJsonArray("customers").get(0).getAsJsonObject();
        assertThat(listed.keySet()).as("a listed customer is a whole customer").containsAll(acme.keySet());
        assertThat(listed.getAsJsonArray("contracts").get(0).getAsJsonObject().keySet())
                .containsAll(contract.keySet());
    }

    @Test
    void listsEachCustomerWithTheVersionAnEditMustCarry() {
        acme();
        Role.ADMIN.actOn(userManager);
        InProcessJaxRs.Answer renamed = rest.send("PUT", "customers/ACME", "application/json", """
                {"name":"Acme Renamed","crmId":"001A","domains":["acme.com"],"version":1,
                 "contracts":[{"id":"C-1","start":"2026-03-01","renewal":"2027-03-01","noticeDays":30,"autoRenew":true}]}""");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        JsonObject listed =
                json(rest.get("customers")).getAsJsonArray("customers").get(0).getAsJsonObject();

        assertThat(listed.get("version").getAsLong())
                .isEqualTo(2)
                .isEqualTo(json(rest.get("customers/ACME")).get("version").getAsLong());
    }

    @Test
    void leavesTheValueOutEntirelyForViewersWithoutTheMoneyRight() {
        acme();
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer one = rest.get("customers/ACME");
        InProcessJaxRs.Answer list = rest.get("customers");

        assertThat(json(one)
                        .getAsJsonArray("contracts")
                        .get(0)
                        .getAsJsonObject()
                        .has("value"))
                .isFalse();
        assertThat(list.body()).doesNotContain("value").doesNotContain("120000");
        assertThat(json(list).get("total").getAsInt()).isEqualTo(1);
    }

    @Test
    void listsCustomersMatchingTheQueryPageByPage() {
        acme();
        customers.save(new Customer(CustomerKey.of("GLOBEX"), "Globex", null, Set.of(), null, null, List.of()));
        customers.save(new Customer(CustomerKey.of("INITECH"), "Initech", null, Set.of(), null, null, List.of()));
        Role.USER.actOn(userManager);

        JsonObject page = json(rest.get("customers?start=1&limit=1"));
        JsonObject search = json(rest.get("customers?query=glob"));

        assertThat(page.get("total").getAsInt()).isEqualTo(3);
        assertThat(page.getAsJsonArray("customers")).hasSize(1);
        assertThat(page.getAsJsonArray("customers")
                        .get(0)
                        .getAsJsonObject()
                        .get("key")
                        .getAsString())
                .isEqualTo("GLOBEX");
        assertThat(search.get("total").getAsInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=1001", "limit=ten", "start=-1"})
    void rejectsAPageOutsideItsBounds(String query) {
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers?" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(firstError(answer).get("field").getAsString()).isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @Test
    void answers404ForAnUnknownCustomer() {
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/NOPE");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(firstError(answer).get("message").getAsString()).isEqualTo("There is no customer 'NOPE'.");
    }

    @Test
    void createsACustomerWithoutVersionAndAnswers201WithVersionOne() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send("PUT", "customers/INITECH", "application/json", """
                {"name":"Initech","crmId":"0015","domains":["Initech.COM"],"tier":"silver","owner":"bill",
                 "contracts":[{"id":"IN-1","start":"2026-06-01","renewal":"2027-06-01","noticeDays":60,"autoRenew":false,
                               "value":{"amount":"48000","currency":"EUR"}}]}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(json(answer).get("version").getAsLong()).isEqualTo(1);
        Customer stored = customers.findByKey(CustomerKey.of("INITECH")).orElseThrow();
        assertThat(stored.emailDomains()).containsExactly("initech.com");
        assertThat(stored.contracts().get(0).annualValue()).isEqualTo(Money.of("48000", "EUR"));
        assertThat(customers
                        .historyOf(CustomerKey.of("INITECH"), 5)
                        .get(0)
                        .change()
                        .author())
                .isEqualTo("ada");
    }

    @Test
    void recordsWritesFromTheAdminPageAsSuchAndEveryOtherCallerAsTheRestApi() {
        Role.ADMIN.actOn(userManager);
        String body = "{\"name\":\"Initech\"}";
        Map<String, String> fromAdminPage = Map.of(ChangeOrigin.HEADER, ChangeOrigin.ADMIN_PAGE);

        assertThat(rest.send("PUT", "customers/INITECH", "application/json", body, fromAdminPage)
                        .status())
                .isEqualTo(201);
        assertThat(rest.send(
                                "PUT",
                                "customers/HOOLI",
                                "application/json",
                                body,
                                Map.of(ChangeOrigin.HEADER, "something-else"))
                        .status())
                .isEqualTo(201);
        assertThat(rest.send("DELETE", "customers/INITECH", null, null, fromAdminPage)
                        .status())
                .isEqualTo(204);

        assertThat(customers.historyOf(CustomerKey.of("INITECH"), 5))
                .extracting(entry -> entry.change().source())
                .containsExactly(ChangeSource.ADMIN_PAGE, ChangeSource.ADMIN_PAGE);
        assertThat(customers
                        .historyOf(CustomerKey.of("HOOLI"), 5)
                        .get(0)
                        .change()
                        .source())
                .isEqualTo(ChangeSource.REST);
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOneWith409() {
        acme();
        Role.ADMIN.actOn(userManager);
        String edit = """
                {"name":"Acme Corporation","crmId":"001A","domains":["acme.com"],"version":%d,
                 "contracts":[{"id":"C-1","renewal":"2027-03-01","noticeDays":30,"autoRenew":true,
                               "value":{"amount":"120000.00","currency":"USD"}}]}""";

        InProcessJaxRs.Answer updated = rest.send("PUT", "customers/ACME", "application/json", edit.formatted(1));
        InProcessJaxRs.Answer stale = rest.send("PUT", "customers/ACME", "application/json", edit.formatted(1));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("version").getAsLong()).isEqualTo(2);
        assertThat(json(updated).get("name").getAsString()).isEqualTo("Acme Corporation");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(firstError(stale).get("field").getAsString()).isEqualTo("version");
    }

    @Test
    void refusesToCreateOverAnExistingCustomerWithoutItsVersion() {
        acme();
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send("PUT", "customers/ACME", "application/json", "{\"name\":\"Other\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(customers.findByKey(CustomerKey.of("ACME")).orElseThrow().name())
                .isEqualTo("Acme Corp");
    }

    @Test
    void refusesToCreateACustomerWithAnotherCustomersCrmIdInsteadOfRenamingIt() {
        acme();
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send(
                "PUT", "customers/ROADRUNNER", "application/json", "{\"name\":\"Road Runner\",\"crmId\":\"001A\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(firstError(answer).get("field").getAsString()).isEqualTo("crmId");
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isPresent();
    }

    @Test
    void anEditorWithoutTheMoneyRightKeepsStoredValuesAndMayNotSetOne() {
        acme();
        Role.EDITOR.actOn(userManager);

        InProcessJaxRs.Answer kept = rest.send("PUT", "customers/ACME", "application/json", """
                {"name":"Acme Corp","crmId":"001A","domains":["acme.com"],"tier":"platinum","owner":"sam","version":1,
                 "contracts":[{"id":"C-1","start":"2026-03-01","renewal":"2027-03-01","noticeDays":30,"autoRenew":true}]}""");
        InProcessJaxRs.Answer setting = rest.send("PUT", "customers/ACME", "application/json", """
                {"name":"Acme Corp","version":2,
                 "contracts":[{"id":"C-1","renewal":"2027-03-01","value":{"amount":"1.00","currency":"USD"}}]}""");

        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.body()).doesNotContain("120000");
        assertThat(customers
                        .findByKey(CustomerKey.of("ACME"))
                        .orElseThrow()
                        .contracts()
                        .get(0)
                        .annualValue())
                .isEqualTo(Money.of("120000.00", "USD"));
        assertThat(setting.status()).isEqualTo(403);
    }

    @Test
    void reportsEveryInvalidFieldOfTheBody() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send("PUT", "customers/BAD", "application/json", """
                {"key":"OTHER","name":"Bad","contracts":[{"id":"X","renewal":"2027-01-01","status":"sleeping"},
                                                        {"id":"Y","renewal":"2027-01-01","value":{"amount":"1.234","currency":"USD"}}]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).getAsJsonArray("errors")).hasSize(3);
        assertThat(answer.body()).contains("sleeping").contains("OTHER").contains("more decimals");
        assertThat(customers.findByKey(CustomerKey.of("BAD"))).isEmpty();
    }

    @Test
    void writesEachFieldErrorInEnglishAsItAlwaysHas() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send("PUT", "customers/BAD", "application/json", """
                {"key":"OTHER","name":"Bad","contracts":[{"id":"X","renewal":"2027-01-01","status":"sleeping"},
                  {"id":"Y","renewal":"2027-01-01","value":{"amount":"1.234","currency":"USD"}},
                  null, {"id":"Y","renewal":"2027-01-01","value":{"amount":"1"}}, {"id":"Z"},
                  {"id":"W","start":"2027-02-01","renewal":"2027-01-01","noticeDays":4000},
                  {"id":"V","renewal":"2027-01-01","value":{"amount":"1","currency":"usd"}}]}""");

        assertThat(json(answer).getAsJsonArray("errors"))
                .extracting(error -> error.getAsJsonObject().get("message").getAsString())
                .containsExactly(
                        "The body's key 'OTHER' differs from the path's 'BAD'.",
                        "Status 'sleeping' is not active, expired or cancelled.",
                        "Amount 1.234 has more decimals than USD allows, or is too large.",
                        "A contract cannot be null.",
                        "Contract Y appears twice.",
                        "A value needs an amount and a currency.",
                        "A contract needs a renewal date.",
                        "Contract W starts on 2027-02-01, after its renewal date 2027-01-01.",
                        "Currency 'usd' is not an ISO 4217 code such as USD or EUR.");
    }

    @Test
    void writesFieldErrorsAndConflictsInTheViewersLanguage() {
        acme();
        Role.ADMIN.actOn(userManager);
        InProcessJaxRs german = rest(
                customers,
                userManager,
                TranslatedI18nResolver.german(Map.of(
                        "promise-keeper.rest.error.contract.status",
                        "Status ''{0}'' ist nicht aktiv, abgelaufen oder gekündigt.",
                        "promise-keeper.reason.value.amount.decimals",
                        "Der Betrag {0} hat mehr Nachkommastellen, als {1} erlaubt, oder ist zu groß.",
                        "promise-keeper.reason.conflict.stale",
                        "Kunde {0} wurde von jemand anderem geändert (Version {1}, bearbeitet ab Version {2}).")));

        InProcessJaxRs.Answer invalid = german.send("PUT", "customers/BAD", "application/json", """
                {"name":"Bad","contracts":[{"id":"X","renewal":"2027-01-01","status":"sleeping"},
                  {"id":"Y","renewal":"2027-01-01","value":{"amount":"1.234","currency":"USD"}}]}""");
        String edit = """
                {"name":"Acme","crmId":"001A","domains":["acme.com"],"version":%d,
                 "contracts":[{"id":"C-1","renewal":"2027-03-01","value":{"amount":"120000.00","currency":"USD"}}]}""";
        german.send("PUT", "customers/ACME", "application/json", edit.formatted(1));
        InProcessJaxRs.Answer stale = german.send("PUT", "customers/ACME", "application/json", edit.formatted(1));

        assertThat(json(invalid).getAsJsonArray("errors"))
                .extracting(error -> error.getAsJsonObject().get("message").getAsString())
                .containsExactly(
                        "Status 'sleeping' ist nicht aktiv, abgelaufen oder gekündigt.",
                        "Der Betrag 1.234 hat mehr Nachkommastellen, als USD erlaubt, oder ist zu groß.");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(firstError(stale).get("message").getAsString())
                .isEqualTo("Kunde ACME wurde von jemand anderem geändert (Version 2, bearbeitet ab Version 1).");
    }

    @Test
    void refusesABlankEmailDomainAtItsFieldInsteadOfFailingInTheStore() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send(
                "PUT", "customers/NEWCO", "application/json", "{\"name\":\"N\",\"domains\":[\"newco.com\",\" \"]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(firstError(answer).get("field").getAsString()).isEqualTo("domains[1]");
        assertThat(firstError(answer).get("message").getAsString()).isEqualTo("An email domain cannot be blank.");
        assertThat(customers.findByKey(CustomerKey.of("NEWCO"))).isEmpty();
    }

    @Test
    void refusesATierLongerThanItsColumnAtItsFieldInsteadOfFailingInTheStore() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.send(
                "PUT", "customers/NEWCO", "application/json", "{\"name\":\"N\",\"tier\":\"" + "g".repeat(256) + "\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(firstError(answer).get("field").getAsString()).isEqualTo("tier");
        assertThat(firstError(answer).get("message").getAsString()).isEqualTo("Tier is longer than 255 characters.");
        assertThat(customers.findByKey(CustomerKey.of("NEWCO"))).isEmpty();
    }

    @Test
    void rejectsUnknownJsonFieldsNamingThem() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer top =
                rest.send("PUT", "customers/NEWCO", "application/json", "{\"name\":\"N\",\"tear\":\"gold\"}");
        InProcessJaxRs.Answer nested = rest.send(
                "PUT",
                "customers/NEWCO",
                "application/json",
                "{\"name\":\"N\",\"contracts\":[{\"id\":\"1\",\"renewal\":\"2027-01-01\",\"notice\":3}]}");

        assertThat(top.status()).isEqualTo(400);
        assertThat(firstError(top).get("field").getAsString()).isEqualTo("tear");
        assertThat(firstError(top).get("message").getAsString()).startsWith("Unknown field 'tear'");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(firstError(nested).get("field").getAsString()).isEqualTo("contracts[0].notice");
    }

    @Test
    void rejectsBodiesThatAreNotJsonAndValuesOfTheWrongType() {
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer notJson = rest.send("PUT", "customers/NEWCO", "application/json", "{name:");
        InProcessJaxRs.Answer wrongType = rest.send(
                "PUT",
                "customers/NEWCO",
                "application/json",
                "{\"name\":\"N\",\"contracts\":[{\"id\":\"1\",\"renewal\":\"next year\"}]}");

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body())
                .contains("next year")
                .doesNotContain("at com.")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void refusesBodiesBrowsersCanSendCrossSiteWith415(String contentType) {
        acme();
        Role.ADMIN.actOn(userManager);

        InProcessJaxRs.Answer answer =
                rest.send("PUT", "customers/ACME", contentType, "{\"name\":\"Hacked\",\"version\":1}");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(firstError(answer).get("message").getAsString()).contains("application/json");
        assertThat(customers.findByKey(CustomerKey.of("ACME")).orElseThrow().name())
                .isEqualTo("Acme Corp");
    }

    @Test
    void deletesACustomerAnd404sTheSecondTime() {
        acme();
        Role.EDITOR.actOn(userManager);

        assertThat(rest.send("DELETE", "customers/ACME", null, null).status()).isEqualTo(204);
        assertThat(rest.send("DELETE", "customers/ACME", null, null).status()).isEqualTo(404);
        assertThat(customers.findByKey(CustomerKey.of("ACME"))).isEmpty();
    }

    @Test
    void answersInTheOneErrorShapeForAnUnknownPath() {
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("customers/ACME/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(json(answer).getAsJsonArray("errors")).isInstanceOf(JsonArray.class);
    }
}
