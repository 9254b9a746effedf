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
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import io.github.promisekeeper.jira.web.rest.UnexpectedErrorMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Serializable;
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
        return new InProcessJaxRs(
                new RadarResource(
                        new RenewalRadar(customers, recording, commitments, commitments, NOW),
                        settings,
                        new Permissions(userManager, () -> Role.GROUPS),
                        responses,
                        i18n),
                new InvalidScopeMapper(responses),
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
}
