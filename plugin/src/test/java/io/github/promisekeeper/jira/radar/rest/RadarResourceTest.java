package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.EpicDelivery;
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
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import io.github.promisekeeper.core.ticket.Tickets;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;
import io.github.promisekeeper.jira.web.CsvWriter;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadParameterMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import io.github.promisekeeper.jira.web.rest.UnexpectedErrorMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class RadarResourceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(NOW);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryCommitments commitments = new InMemoryCommitments();
    private final UserManager userManager = mock(UserManager.class);
    private final AtomicReference<Scope> askedScope = new AtomicReference<>();

    private InProcessJaxRs rest(Tickets ticketPort) {
        return rest(ticketPort, new PropertiesI18nResolver());
    }

    private InProcessJaxRs rest(Tickets ticketPort, I18nResolver i18n) {
        JsonResponses responses = new JsonResponses(new Json());
        SettingsStore settings = new SettingsStore(new InMemoryPluginSettings().factory());
        Tickets recording = (keys, scope) -> {
            askedScope.set(scope);
            return ticketPort.openFor(keys, scope);
        };
        RenewalRadar radar = new RenewalRadar(customers, recording, commitments, commitments, NOW);
        Permissions permissions = new Permissions(userManager, () -> Role.GROUPS);
        return new InProcessJaxRs(
                new RadarResource(radar, settings, permissions, responses, i18n),
                new RadarCsvResource(radar, settings, permissions, i18n),
                new BadParameterMapper(responses),
                new InvalidScopeMapper(i18n, responses),
                new AccessDeniedMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses),
                new UnexpectedErrorMapper(i18n, responses));
    }

    private void customer(String key, int daysAhead, int noticeDays, String value) {
        customers.save(new Customer(
                CustomerKey.of(key),
                key.charAt(0) + key.substring(1).toLowerCase() + " Inc",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        key + "-1",
                        null,
                        TODAY.plusDays(daysAhead),
                        Money.of(value, "USD"),
                        noticeDays,
                        false,
                        ContractStatus.ACTIVE))));
    }

    private void seed() {
        customer("ACME", 40, 30, "500000");
        customer("GLOBEX", 70, 10, "20000");
        customer("LATER", 300, 30, "90000");
        tickets.add(new Ticket(
                IssueKey.of("SUP-1"),
                CustomerKey.of("ACME"),
                "Login broken",
                TicketPriority.BLOCKER,
                StatusCategory.IN_PROGRESS,
                "Bug",
                Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-01-09T00:00:00Z")));
        commitments.add(new Commitment(
                IssueKey.of("SC-1"),
                CustomerKey.of("ACME"),
                "SSO",
                TODAY.plusDays(20),
                "jane",
                Optional.of(Money.of("500000", "USD")),
                Optional.of(TODAY.plusDays(40)),
                List.of(IssueKey.of("EP-1"))));
        commitments.add(EpicDelivery.open(IssueKey.of("EP-1"), "SSO epic", 10, List.of(), null));
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void ranksTheCustomersInTheWindowWithReasonsTicketsAndCommitments() {
        seed();
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest(tickets).get("radar?days=90");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject radar = json(answer);
        assertThat(radar.get("basis").getAsString()).isEqualTo("renewal");
        JsonArray ranked = radar.getAsJsonArray("customers");
        assertThat(ranked).hasSize(2);
        JsonObject acme = ranked.get(0).getAsJsonObject();
        assertThat(acme.get("key").getAsString()).isEqualTo("ACME");
        assertThat(acme.get("daysLeft").getAsLong()).isEqualTo(40);
        assertThat(acme.getAsJsonArray("reasons")).isNotEmpty();
        assertThat(acme.getAsJsonObject("openTickets").get("total").getAsInt()).isEqualTo(1);
        assertThat(acme.getAsJsonObject("openTickets")
                        .getAsJsonObject("byPriority")
                        .get("blocker")
                        .getAsInt())
                .isEqualTo(1);
        assertThat(acme.getAsJsonObject("openTickets")
                        .getAsJsonArray("top")
                        .get(0)
                        .getAsJsonObject()
                        .get("key")
                        .getAsString())
                .isEqualTo("SUP-1");
        assertThat(acme.getAsJsonArray("commitments")
                        .get(0)
                        .getAsJsonObject()
                        .get("key")
                        .getAsString())
                .isEqualTo("SC-1");
        assertThat(acme.getAsJsonObject("value").get("amount").getAsString()).isEqualTo("500000.00");
        assertThat(radar.getAsJsonObject("totalValue").get("currency").getAsString())
                .isEqualTo("USD");
        assertThat(askedScope.get()).isEqualTo(Scope.all());
    }

    /** The public contract: fields may be added, never renamed or dropped (docs/rest-api.md). */
    @Test
    void keepsEveryDocumentedFieldOfARadarCustomer() {
        seed();
        Role.FINANCE.actOn(userManager);

        JsonObject acme = json(rest(tickets).get("radar"))
                .getAsJsonArray("customers")
                .get(0)
                .getAsJsonObject();

        assertThat(acme.keySet())
                .contains(
                        "key",
                        "name",
                        "renewal",
                        "noticeDeadline",
                        "daysLeft",
                        "value",
                        "risk",
                        "reasons",
                        "openTickets",
                        "commitments");
        assertThat(acme.getAsJsonObject("openTickets").keySet()).contains("total", "byPriority", "top");
    }

    @Test
    void leavesEveryAmountOutForViewersWithoutTheMoneyRight() {
        seed();
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest(tickets).get("radar");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .doesNotContain("\"value")
                .doesNotContain("totalValue")
                .doesNotContain("500000");
    }

    @Test
    void countsAgainstTheNoticeDeadlineAndShowsOnlyTheLimit() {
        seed();
        Role.USER.actOn(userManager);

        JsonObject radar = json(rest(tickets).get("radar?days=15&basis=notice&limit=1"));

        assertThat(radar.get("basis").getAsString()).isEqualTo("notice");
        assertThat(radar.getAsJsonArray("customers")).hasSize(1);
        assertThat(radar.getAsJsonArray("customers")
                        .get(0)
                        .getAsJsonObject()
                        .get("key")
                        .getAsString())
                .isEqualTo("ACME");
    }

    @Test
    void passesTheScopeToTheTicketsAsJql() {
        seed();
        Role.USER.actOn(userManager);

        rest(tickets).get("radar?scope=project%20%3D%20SUP");

        assertThat(askedScope.get()).isEqualTo(Scope.jql("project = SUP"));
    }

    @Test
    void answersJirasMessageWith400ForAScopeJiraCannotParse() {
        seed();
        Role.USER.actOn(userManager);
        Tickets rejecting = (keys, scope) -> {
            throw new InvalidScopeException(
                    "The scope is not a query Jira accepts.",
                    List.of("Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'SUP'."));
        };

        InProcessJaxRs.Answer answer = rest(rejecting).get("radar?scope=project%20SUP");

        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo("scope");
        assertThat(error.get("message").getAsString()).contains("Expecting either 'OR' or 'AND'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"days=0", "days=3651", "basis=soon", "limit=0", "limit=201"})
    void refusesParametersOutOfRange(String query) {
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest(tickets).get("radar?" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer)
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("field")
                        .getAsString())
                .isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @Test
    void writesEveryReasonInTheViewersLanguageNestedReasonsIncluded() {
        seed();
        Role.FINANCE.actOn(userManager);
        PropertiesI18nResolver english = new PropertiesI18nResolver();
        // A language that marks each reason key with its arguments, and reads like English elsewhere.
        I18nResolver marked = new I18nResolver() {
            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                return getText(key, arguments);
            }

            @Override
            public String getText(String key) {
                return english.getText(key);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                return key.startsWith("promise-keeper.reason.")
                        ? "<" + key
                                + Arrays.stream(arguments)
                                        .map(String::valueOf)
                                        .collect(Collectors.joining("|", ":", ">"))
                        : english.getText(key, arguments);
            }
        };

        JsonObject acme = json(rest(tickets, marked).get("radar?days=90"))
                .getAsJsonArray("customers")
                .get(0)
                .getAsJsonObject();

        assertThat(acme.getAsJsonArray("reasons"))
                .extracting(JsonElement::getAsString)
                .containsExactly(
                        "<promise-keeper.reason.tickets.blocker.one:1>",
                        "<promise-keeper.reason.renewal.decision-later:<promise-keeper.reason.date.2:19|2027>>");
        assertThat(acme.getAsJsonArray("flags")
                        .get(0)
                        .getAsJsonObject()
                        .get("reason")
                        .getAsString())
                .isEqualTo("<promise-keeper.reason.tickets.blocker.one:1>");
        assertThat(acme.getAsJsonArray("commitments").get(0).getAsJsonObject().getAsJsonArray("reasons"))
                .extracting(JsonElement::getAsString)
                .containsExactly("<promise-keeper.reason.health.on-track.no-due-date:"
                        + "<promise-keeper.reason.epic.label:EP-1|SSO epic>|"
                        + "<promise-keeper.reason.forecast.too-few:0|<promise-keeper.reason.weeks:6>|3>>");
    }

    // GET /radar.csv: the same query, as a file for a spreadsheet

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
    void downloadsTheRadarAsUtf8CsvWithAByteOrderMarkAHeaderRowAndTheMoneyColumnsForFinance() {
        seed();
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest(tickets).get("radar.csv?days=90", CSV);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(answer.headers().get("Content-Disposition"))
                .isEqualTo("attachment; filename=\"renewal-radar-2027-01-10.csv\"");
        assertThat(answer.body().getBytes(StandardCharsets.UTF_8)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(answer.lines().get(0))
                .isEqualTo(CsvWriter.BOM + "Risk,Risk points,Customer key,Customer,Renewal,Notice deadline,"
                        + "Days to renewal,Annual value,Currency,Open tickets,Promises,Reasons");
        List<CSVRecord> rows = records(answer);
        assertThat(rows).extracting(row -> row.get("Customer key")).containsExactly("ACME", "GLOBEX");
        CSVRecord acme = rows.get(0);
        assertThat(acme.get("Customer")).isEqualTo("Acme Inc");
        assertThat(acme.get("Renewal")).isEqualTo(TODAY.plusDays(40).toString());
        assertThat(acme.get("Notice deadline")).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(acme.get("Days to renewal")).isEqualTo("40");
        assertThat(acme.get("Annual value")).isEqualTo("500000.00");
        assertThat(acme.get("Currency")).isEqualTo("USD");
        assertThat(acme.get("Open tickets")).isEqualTo("1");
        assertThat(acme.get("Promises")).isEqualTo("SC-1 (On track)");
        JsonObject json = json(rest(tickets).get("radar?days=90"))
                .getAsJsonArray("customers")
                .get(0)
                .getAsJsonObject();
        assertThat(acme.get("Risk points")).isEqualTo(json.get("score").getAsString());
        assertThat(acme.get("Risk"))
                .isEqualTo(new PropertiesI18nResolver()
                        .getText(
                                "promise-keeper.gadget.risk." + json.get("risk").getAsString()));
        assertThat(acme.get("Reasons").split("\n"))
                .containsExactlyElementsOf(json.getAsJsonArray("reasons").asList().stream()
                        .map(JsonElement::getAsString)
                        .toList());
    }

    @Test
    void leavesTheMoneyColumnsOutOfTheCsvForViewersWithoutTheMoneyRight() {
        seed();
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest(tickets).get("radar.csv?days=90", CSV);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.lines().get(0))
                .isEqualTo(CsvWriter.BOM + "Risk,Risk points,Customer key,Customer,Renewal,Notice deadline,"
                        + "Days to renewal,Open tickets,Promises,Reasons");
        assertThat(answer.body()).doesNotContain("500000").doesNotContain("USD");
        assertThat(records(answer)).allSatisfy(row -> assertThat(row.size()).isEqualTo(10));
    }

    @Test
    void theCsvTakesTheSameWindowBasisScopeAndLimitAsTheJson() {
        seed();
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer =
                rest(tickets).get("radar.csv?days=15&basis=notice&limit=1&scope=project%20%3D%20SUP", CSV);

        assertThat(records(answer)).extracting(row -> row.get("Customer key")).containsExactly("ACME");
        assertThat(askedScope.get()).isEqualTo(Scope.jql("project = SUP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"days=0", "days=3651", "basis=soon", "limit=0", "limit=201"})
    void theCsvRefusesTheSameParametersWithTheSameJsonError(String query) {
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer csv = rest(tickets).get("radar.csv?" + query, CSV);
        InProcessJaxRs.Answer json = rest(tickets).get("radar?" + query);

        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.contentType()).isEqualTo("application/json");
        assertThat(csv.body()).isEqualTo(json.body());
    }

    @Test
    void theCsvAnswersJirasMessageWith400ForAScopeJiraCannotParse() {
        seed();
        Role.USER.actOn(userManager);
        Tickets rejecting = (keys, scope) -> {
            throw new InvalidScopeException("The scope is not a query Jira accepts.", List.of("Expecting 'AND'."));
        };

        InProcessJaxRs.Answer answer = rest(rejecting).get("radar.csv?scope=project%20SUP", CSV);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(json(answer)
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .isEqualTo("Expecting 'AND'.");
    }

    @Test
    void theCsvNeedsTheReadRight() {
        seed();
        Role.ANONYMOUS.actOn(userManager);
        assertThat(rest(tickets).get("radar.csv", CSV).status()).isEqualTo(401);

        Role.UNLICENSED.actOn(userManager);
        assertThat(rest(tickets).get("radar.csv", CSV).status()).isEqualTo(403);
    }

    @Test
    void writesAHostileCustomerNameAsTextASpreadsheetNeverRuns() {
        String hostile = "=HYPERLINK(\"http://evil.example\",\"Click\"), \"Inc\"\nSecond line";
        customers.save(new Customer(
                CustomerKey.of("EVIL"),
                hostile,
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "E-1",
                        null,
                        TODAY.plusDays(30),
                        Money.of("-250.00", "USD"),
                        10,
                        false,
                        ContractStatus.ACTIVE))));
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest(tickets).get("radar.csv", CSV);

        CSVRecord evil = records(answer).get(0);
        assertThat(evil.get("Customer")).isEqualTo("'" + hostile);
        assertThat(evil.get("Annual value")).isEqualTo("-250.00");
    }

    @Test
    void saysInTheCsvReasonsWhenTheValueLeavesOutACurrencyWithoutARate() {
        customers.save(new Customer(
                CustomerKey.of("EURO"),
                "Euro GmbH",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "EU-1",
                        null,
                        TODAY.plusDays(30),
                        Money.of("900.00", "EUR"),
                        10,
                        false,
                        ContractStatus.ACTIVE))));
        Role.FINANCE.actOn(userManager);

        CSVRecord euro = records(rest(tickets).get("radar.csv", CSV)).get(0);

        assertThat(euro.get("Annual value")).isEqualTo("0.00");
        assertThat(euro.get("Currency")).isEqualTo("USD");
        assertThat(euro.get("Reasons")).endsWith("no rate for EUR \u2192 USD; not counted");

        Role.USER.actOn(userManager);
        assertThat(records(rest(tickets).get("radar.csv", CSV)).get(0).get("Reasons"))
                .doesNotContain("EUR");
    }

    @Test
    void writesTheCsvsHeadersAndReasonsInTheViewersLanguage() {
        seed();
        Role.FINANCE.actOn(userManager);
        PropertiesI18nResolver english = new PropertiesI18nResolver();
        I18nResolver upperCase = new I18nResolver() {
            @Override
            public String getText(String key) {
                return english.getText(key).toUpperCase(Locale.ROOT);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                return english.getText(key, arguments).toUpperCase(Locale.ROOT);
            }

            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                return english.getText(locale, key, arguments).toUpperCase(Locale.ROOT);
            }
        };

        InProcessJaxRs.Answer answer = rest(tickets, upperCase).get("radar.csv?days=90", CSV);

        assertThat(answer.lines().get(0)).startsWith(CsvWriter.BOM + "RISK,RISK POINTS,CUSTOMER KEY,CUSTOMER,");
        CSVRecord acme = records(answer).get(0);
        assertThat(acme.get("RISK")).isIn("HIGH RISK", "MEDIUM RISK", "LOW RISK");
        assertThat(acme.get("REASONS"))
                .isEqualTo(acme.get("REASONS").toUpperCase(Locale.ROOT))
                .contains("BLOCKER");
    }
}
