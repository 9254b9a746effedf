package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.commitment.Forecast;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.ticket.InMemoryTickets;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.CsvWriter;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadParameterMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class CommitmentsResourceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(NOW);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryCommitments commitments = new InMemoryCommitments();
    private final UserManager userManager = mock(UserManager.class);
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        JsonResponses responses = new JsonResponses(new Json());
        SettingsStore settings = new SettingsStore(new InMemoryPluginSettings().factory());
        Permissions permissions = new Permissions(userManager, () -> Role.GROUPS);
        CommitmentQueries queries =
                new CommitmentQueries(new CommitmentHealthCheck(commitments, commitments, customers, NOW), customers);
        rest = new InProcessJaxRs(
                new CommitmentsResource(queries, settings, permissions, responses, i18n, NOW),
                new CommitmentsCsvResource(queries, settings, permissions, i18n, NOW),
                new BadParameterMapper(responses),
                new EpicCommitmentsResource(
                        new RenewalRadar(customers, new InMemoryTickets(), commitments, commitments, NOW),
                        settings,
                        permissions,
                        responses,
                        i18n),
                new AccessDeniedMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses));
        customers.save(new Customer(
                CustomerKey.of("ACME"),
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "A-1",
                        null,
                        TODAY.plusDays(40),
                        Money.of("100000", "USD"),
                        30,
                        false,
                        ContractStatus.ACTIVE))));
        customers.save(new Customer(
                CustomerKey.of("GLOBEX"),
                "Globex",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "G-1",
                        null,
                        TODAY.plusDays(200),
                        Money.of("50000", "USD"),
                        30,
                        false,
                        ContractStatus.ACTIVE))));
        commitments.add(commitment("SC-1", "ACME", 20, "EP-1"));
        commitments.add(commitment("SC-2", "ACME", 300, "EP-2"));
        commitments.add(commitment("SC-3", "GLOBEX", 60, "EP-1"));
        commitments.add(EpicDelivery.open(IssueKey.of("EP-1"), "SSO", 10, List.of(), null));
        commitments.add(EpicDelivery.done(IssueKey.of("EP-2"), "Audit log", TODAY.minusDays(3)));
        Role.USER.actOn(userManager);
    }

    private static Commitment commitment(String key, String customer, int daysAhead, String epic) {
        return new Commitment(
                IssueKey.of(key),
                CustomerKey.of(customer),
                "Promise " + key,
                TODAY.plusDays(daysAhead),
                "jane",
                Optional.of(Money.of("100000", "USD")),
                Optional.empty(),
                List.of(IssueKey.of(epic)));
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void listsACustomersCommitmentsWorstHealthFirstWithReasons() {
        JsonArray list = json(rest.get("commitments?customer=ACME")).getAsJsonArray("commitments");

        assertThat(list).hasSize(2);
        JsonObject worst = list.get(0).getAsJsonObject();
        assertThat(worst.get("key").getAsString()).isEqualTo("SC-1");
        assertThat(worst.get("health").getAsString()).isNotEqualTo("delivered");
        assertThat(worst.getAsJsonArray("reasons")).isNotEmpty();
        assertThat(list.get(1).getAsJsonObject().get("health").getAsString()).isEqualTo("delivered");
        assertThat(worst.has("valueWhenPromised")).isFalse();
    }

    @Test
    void filtersByHealthAndShowsValuesToFinance() {
        Role.FINANCE.actOn(userManager);

        JsonArray delivered = json(rest.get("commitments?customer=ACME,GLOBEX&health=delivered"))
                .getAsJsonArray("commitments");

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).getAsJsonObject().get("key").getAsString()).isEqualTo("SC-2");
        assertThat(delivered
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonObject("valueWhenPromised")
                        .get("amount")
                        .getAsString())
                .isEqualTo("100000.00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customer=acme",
                "customer=ACME&health=fine",
                "health=fine",
                "start=-1",
                "limit=0",
                "limit=501",
                "limit=ten",
                "customer=ACME&limit=501"
            })
    void refusesAMalformedCustomerHealthStartOrLimit(String query) {
        InProcessJaxRs.Answer answer = rest.get("commitments?" + query);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).startsWith("{\"errors\":[{\"field\":");
    }

    @Test
    void withoutACustomerListsEveryCustomersCommitmentsWorstFirstWithTheTotalAndTheirCustomers() {
        JsonObject answer = json(rest.get("commitments"));

        assertThat(answer.getAsJsonArray("commitments"))
                .extracting(c -> c.getAsJsonObject().get("key").getAsString())
                .containsExactly("SC-1", "SC-3", "SC-2");
        assertThat(answer.get("total").getAsInt()).isEqualTo(3);
        assertThat(answer.get("start").getAsInt()).isZero();
        assertThat(answer.get("limit").getAsInt()).isEqualTo(100);
        assertThat(answer.get("truncated").getAsBoolean()).isFalse();
        JsonArray promisedTo = answer.getAsJsonArray("customers");
        assertThat(promisedTo)
                .extracting(c -> c.getAsJsonObject().get("key").getAsString())
                .containsExactly("ACME", "GLOBEX");
        JsonObject acme = promisedTo.get(0).getAsJsonObject();
        assertThat(acme.get("name").getAsString()).isEqualTo("Acme");
        assertThat(acme.get("nextRenewal").getAsString())
                .isEqualTo(TODAY.plusDays(40).toString());
        assertThat(acme.get("noticeDeadline").getAsString())
                .isEqualTo(TODAY.plusDays(10).toString());
    }

    @Test
    void withoutACustomerFiltersByHealthAndPagesWithTheTotalOfAllMatches() {
        JsonObject open =
                json(rest.get("commitments?health=on-track,at-risk,overdue,breaches-renewal,no-delivery-plan"));
        assertThat(open.get("total").getAsInt()).isEqualTo(2);

        JsonObject second = json(rest.get("commitments?start=1&limit=1"));

        assertThat(second.getAsJsonArray("commitments"))
                .extracting(c -> c.getAsJsonObject().get("key").getAsString())
                .containsExactly("SC-3");
        assertThat(second.get("total").getAsInt()).isEqualTo(3);
        assertThat(second.getAsJsonArray("customers"))
                .extracting(c -> c.getAsJsonObject().get("key").getAsString())
                .containsExactly("GLOBEX");
        assertThat(json(rest.get("commitments?start=3")).getAsJsonArray("commitments"))
                .isEmpty();
    }

    @Test
    void readsEveryCustomerWithOneCallOfEachPort() {
        int before = commitments.calls();

        rest.get("commitments");

        assertThat(commitments.calls() - before)
                .as("one commitments call and one epics call")
                .isEqualTo(2);
    }

    @Test
    void rollsUpAnEpicOverEveryCustomerItWasPromisedTo() {
        Role.FINANCE.actOn(userManager);

        JsonObject epic = json(rest.get("epics/EP-1/commitments"));

        assertThat(epic.get("epic").getAsString()).isEqualTo("EP-1");
        assertThat(epic.getAsJsonArray("customers")).hasSize(2);
        assertThat(epic.get("earliestPromisedDate").getAsString())
                .isEqualTo(TODAY.plusDays(20).toString());
        assertThat(epic.get("earliestNoticeDeadline").getAsString())
                .isEqualTo(TODAY.plusDays(10).toString());
        assertThat(epic.getAsJsonObject("totalValue").get("amount").getAsString())
                .isEqualTo("150000.00");
        assertThat(epic.getAsJsonArray("commitments")).hasSize(2);
    }

    @Test
    void namesAMalformedCustomerOrEpicKeyInTheEnglishCoreWrites() {
        InProcessJaxRs.Answer customer = rest.get("commitments?customer=acme");
        InProcessJaxRs.Answer epic = rest.get("epics/not-a-key/commitments");

        assertThat(JsonParser.parseString(customer.body())
                        .getAsJsonObject()
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .isEqualTo("Customer key 'acme' must be 2 to 20 characters: upper-case letters, digits or '_', "
                        + "starting with a letter.");
        assertThat(JsonParser.parseString(epic.body())
                        .getAsJsonObject()
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .isEqualTo("'not-a-key' is not an issue key such as SSO-12.");
    }

    @Test
    void rollsUpWithoutMoneyForOtherViewersAndRejectsAMalformedKey() {
        InProcessJaxRs.Answer epic = rest.get("epics/EP-1/commitments");

        assertThat(epic.body()).doesNotContain("totalValue").doesNotContain("100000");
        assertThat(rest.get("epics/not-a-key/commitments").status()).isEqualTo(400);
    }

    // GET /commitments.csv: the same query, as a file for a spreadsheet

    private static final String CSV = "text/csv";

    private static List<CSVRecord> records(InProcessJaxRs.Answer answer) {
        assertThat(answer.body()).startsWith(CsvWriter.BOM);
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(answer.body().substring(1)))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void downloadsEveryCustomersCommitmentsAsCsvWorstFirstWithoutMoneyForAnOrdinaryUser() {
        InProcessJaxRs.Answer answer = rest.get("commitments.csv", CSV);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(answer.headers().get("Content-Disposition"))
                .isEqualTo("attachment; filename=\"promises-2027-01-10.csv\"");
        assertThat(answer.lines().get(0))
                .isEqualTo(CsvWriter.BOM + "Promise,Summary,Customer key,Customer,Health,Promised date,Promised by,"
                        + "Forecast,Next renewal,Notice deadline,Renewal when promised,Delivering epics,"
                        + "Delivering epics you cannot open,Reasons");
        assertThat(answer.body()).doesNotContain("100000");
        List<CSVRecord> rows = records(answer);
        JsonArray json = json(rest.get("commitments")).getAsJsonArray("commitments");
        assertThat(rows)
                .extracting(row -> row.get("Promise"))
                .containsExactly("SC-1", "SC-3", "SC-2")
                .containsExactlyElementsOf(json.asList().stream()
                        .map(c -> c.getAsJsonObject().get("key").getAsString())
                        .toList());
        CSVRecord first = rows.get(0);
        assertThat(first.get("Summary")).isEqualTo("Promise SC-1");
        assertThat(first.get("Customer key")).isEqualTo("ACME");
        assertThat(first.get("Customer")).isEqualTo("Acme");
        assertThat(first.get("Promised date")).isEqualTo(TODAY.plusDays(20).toString());
        assertThat(first.get("Promised by")).isEqualTo("jane");
        assertThat(first.get("Next renewal")).isEqualTo(TODAY.plusDays(40).toString());
        assertThat(first.get("Notice deadline")).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(first.get("Delivering epics")).isEqualTo("EP-1");
        assertThat(first.get("Delivering epics you cannot open")).isEqualTo("0");
        JsonObject firstJson = json.get(0).getAsJsonObject();
        assertThat(first.get("Health"))
                .isEqualTo(new PropertiesI18nResolver()
                        .getText("promise-keeper.gadget.health."
                                + firstJson.get("health").getAsString()));
        assertThat(first.get("Reasons").split("\n"))
                .containsExactlyElementsOf(firstJson.getAsJsonArray("reasons").asList().stream()
                        .map(reason -> reason.getAsString())
                        .toList());
        assertThat(rows.get(2).get("Health")).isEqualTo("Delivered");
    }

    @Test
    void theCsvHasTheValueColumnsForFinanceAndTakesTheSameCustomerHealthAndPage() {
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest.get("commitments.csv?customer=ACME,GLOBEX&health=delivered", CSV);

        assertThat(answer.lines().get(0))
                .contains(",Notice deadline,Value when promised,Currency,Renewal when promised,");
        List<CSVRecord> rows = records(answer);
        assertThat(rows).extracting(row -> row.get("Promise")).containsExactly("SC-2");
        assertThat(rows.get(0).get("Value when promised")).isEqualTo("100000.00");
        assertThat(rows.get(0).get("Currency")).isEqualTo("USD");
        assertThat(records(rest.get("commitments.csv?start=1&limit=1", CSV)))
                .extracting(row -> row.get("Promise"))
                .containsExactly("SC-3");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customer=acme",
                "customer=ACME&health=fine",
                "health=fine",
                "start=-1",
                "limit=0",
                "limit=501",
                "limit=ten",
                "customer=ACME&limit=501"
            })
    void theCsvRefusesTheSameParametersWithTheSameJsonError(String query) {
        InProcessJaxRs.Answer csv = rest.get("commitments.csv?" + query, CSV);

        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.contentType()).isEqualTo("application/json");
        assertThat(csv.body()).isEqualTo(rest.get("commitments?" + query).body());
    }

    @Test
    void theCsvNeedsTheReadRight() {
        Role.ANONYMOUS.actOn(userManager);
        assertThat(rest.get("commitments.csv", CSV).status()).isEqualTo(401);

        Role.UNLICENSED.actOn(userManager);
        assertThat(rest.get("commitments.csv", CSV).status()).isEqualTo(403);
    }

    @Test
    void theForecastOfACommitmentIsItsLatestEpicsAndNoneWhenAnEpicHasNone() {
        CommitmentHealth twoEpics = new CommitmentHealth(
                commitment("SC-9", "ACME", 20, "EP-1"),
                Health.ON_TRACK,
                List.of(Reason.text("x")),
                List.of(
                        epic("EP-1", Forecast.on(TODAY.plusDays(5), "5")),
                        epic("EP-2", Forecast.on(TODAY.plusDays(9), "9"))));
        CommitmentHealth oneWithout = new CommitmentHealth(
                twoEpics.commitment(),
                Health.ON_TRACK,
                List.of(Reason.text("x")),
                List.of(epic("EP-1", Forecast.on(TODAY.plusDays(5), "5")), epic("EP-2", Forecast.none("no history"))));

        assertThat(CommitmentsCsv.forecast(twoEpics)).contains(TODAY.plusDays(9));
        assertThat(CommitmentsCsv.forecast(oneWithout)).isEmpty();
        assertThat(CommitmentsCsv.forecast(new CommitmentHealth(
                        twoEpics.commitment(), Health.NO_DELIVERY_PLAN, List.of(Reason.text("x")), List.of())))
                .isEmpty();
    }

    private static EpicHealth epic(String key, Forecast forecast) {
        return new EpicHealth(IssueKey.of(key), Health.ON_TRACK, List.of(Reason.text("x")), forecast);
    }
}
