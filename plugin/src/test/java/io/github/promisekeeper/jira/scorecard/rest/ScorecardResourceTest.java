package io.github.promisekeeper.jira.scorecard.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.scorecard.PromiseScorecard;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.radar.rest.InvalidScopeMapper;
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
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class ScorecardResourceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryCommitments commitments = new InMemoryCommitments();
    private final UserManager userManager = mock(UserManager.class);
    private final AtomicReference<Scope> askedScope = new AtomicReference<>();

    /** The epics port, remembering the scope it was asked about and refusing the JQL {@code bad}. */
    private final EpicDeliveries epics = new EpicDeliveries() {
        @Override
        public Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> keys) {
            return commitments.findByKeys(keys);
        }

        @Override
        public Set<IssueKey> findInScope(Set<IssueKey> keys, Scope scope) {
            refuseBad(scope);
            return commitments.findInScope(keys, scope);
        }

        @Override
        public OpenEpics countOpen(Scope scope, Set<IssueKey> delivering) {
            askedScope.set(scope);
            refuseBad(scope);
            return commitments.countOpen(scope, delivering);
        }

        private void refuseBad(Scope scope) {
            if (scope.value().equals("bad")) {
                throw new InvalidScopeException("The scope is not a query Jira accepts.", List.of("Jira says: bad"));
            }
        }
    };

    private InProcessJaxRs rest() {
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        JsonResponses responses = new JsonResponses(new Json());
        return new InProcessJaxRs(
                new ScorecardResource(
                        new PromiseScorecard(
                                new CommitmentHealthCheck(commitments, epics, customers, NOW),
                                commitments,
                                epics,
                                customers,
                                NOW),
                        new SettingsStore(new InMemoryPluginSettings().factory()),
                        new Permissions(userManager, () -> Role.GROUPS),
                        responses,
                        i18n,
                        NOW),
                new InvalidScopeMapper(i18n, responses),
                new AccessDeniedMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses),
                new UnexpectedErrorMapper(i18n, responses));
    }

    /** One promise kept and one breached in 2026, one overdue against a 2027 renewal. */
    private void seed() {
        commitments
                .add(promise("SC-1", "2026-03-01", "2026-12-01", "EP-1"))
                .add(EpicDelivery.done(IssueKey.of("EP-1"), "SSO", LocalDate.parse("2026-02-20")))
                .add(promise("SC-2", "2026-06-01", "2026-09-01", "EP-2"))
                .add(EpicDelivery.open(IssueKey.of("EP-2"), "Audit", 5, List.of(), null))
                .add(promise("SC-3", "2026-11-01", "2027-06-30", "EP-3"))
                .add(EpicDelivery.open(IssueKey.of("EP-3"), "Roles", 5, List.of(), null));
    }

    private static Commitment promise(String key, String promised, String renewal, String epic) {
        return new Commitment(
                IssueKey.of(key),
                CustomerKey.of("ACME"),
                key,
                LocalDate.parse(promised),
                "sam",
                Optional.of(Money.of("1000", "USD")),
                Optional.of(LocalDate.parse(renewal)),
                List.of(IssueKey.of(epic)));
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void answersTheLastFourFullQuartersByDefaultWithEveryDocumentedField() {
        seed();
        Role.FINANCE.actOn(userManager);

        InProcessJaxRs.Answer answer = rest().get("scorecard");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject card = json(answer);
        assertThat(card.get("from").getAsString()).isEqualTo("2026-01-01");
        assertThat(card.get("to").getAsString()).isEqualTo("2026-12-31");
        assertThat(card.keySet())
                .contains(
                        "from",
                        "to",
                        "today",
                        "scope",
                        "promised",
                        "outcomes",
                        "quarters",
                        "valueAtRisk",
                        "epics",
                        "customers");
        assertThat(card.get("promised").getAsInt()).isEqualTo(3);
        assertThat(card.getAsJsonArray("outcomes").get(2).getAsJsonObject().toString())
                .isEqualTo("{\"outcome\":\"breached\",\"count\":1,\"percent\":33}");
        assertThat(card.getAsJsonArray("quarters")).hasSize(4);
        assertThat(card.getAsJsonArray("quarters").get(3).getAsJsonObject().toString())
                .isEqualTo("{\"quarter\":\"2026-Q4\",\"from\":\"2026-10-01\",\"to\":\"2026-12-31\","
                        + "\"keptOnTime\":0,\"deliveredLate\":0,\"breached\":0,\"open\":1}");
        assertThat(card.getAsJsonObject("epics").toString())
                .isEqualTo("{\"open\":2,\"deliveringPromise\":2,\"percent\":100}");
        assertThat(card.getAsJsonArray("customers")
                        .get(0)
                        .getAsJsonObject()
                        .get("key")
                        .getAsString())
                .isEqualTo("ACME");
        assertThat(card.has("medianSlipDays"))
                .as("no promise was delivered late")
                .isFalse();
    }

    @Test
    void showsTheValueAtRiskOnlyToViewersWithTheMoneyRight() {
        seed();
        Role.FINANCE.actOn(userManager);
        JsonObject finance = json(rest().get("scorecard?from=2026-01-01&to=2026-12-31"));
        Role.USER.actOn(userManager);
        InProcessJaxRs.Answer user = rest().get("scorecard?from=2026-01-01&to=2026-12-31");

        assertThat(finance.getAsJsonArray("valueAtRisk").toString())
                .isEqualTo("[{\"quarter\":\"2026-Q3\",\"value\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},"
                        + "\"customers\":1},{\"quarter\":\"2026-Q4\",\"value\":{\"amount\":\"0.00\",\"currency\":\"USD\"},"
                        + "\"customers\":0},{\"quarter\":\"2027-Q1\",\"value\":{\"amount\":\"0.00\",\"currency\":\"USD\"},"
                        + "\"customers\":0},{\"quarter\":\"2027-Q2\",\"value\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},"
                        + "\"customers\":1}]");
        assertThat(user.status()).isEqualTo(200);
        assertThat(json(user).has("valueAtRisk")).isFalse();
        assertThat(user.body()).doesNotContain("amount");
        assertThat(json(user).get("outcomes")).isEqualTo(finance.get("outcomes"));
    }

    @Test
    void passesTheScopeToTheEpicsAsJqlAndAnswersJirasRefusalWith400() {
        seed();
        Role.USER.actOn(userManager);

        assertThat(rest().get("scorecard?scope=project%20%3D%20EP").status()).isEqualTo(200);
        assertThat(askedScope.get()).isEqualTo(Scope.jql("project = EP"));

        InProcessJaxRs.Answer refused = rest().get("scorecard?scope=bad");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"errors\":[{\"field\":\"scope\",\"message\":\"Jira says: bad\"}]}");
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "from=2026-01-01 | to | Give both from and to, or neither; 'to' is missing.",
                "to=2026-01-01 | from | Give both from and to, or neither; 'from' is missing.",
                "from=2026-13-01&to=2026-12-31 | from | The from date '2026-13-01' is not a date such as 2026-01-31.",
                "from=2026-01-01&to=31.12.2026 | to | The to date '31.12.2026' is not a date such as 2026-01-31.",
                "from=2026-12-31&to=2026-01-01 | to | The period starts on 2026-12-31, after it ends on 2026-01-01.",
                "from=2020-01-01&to=2026-12-31 | to | The period may be at most 1830 days long."
            })
    void refusesABadPeriodWithAMessageOnTheField(String query, String field, String message) {
        Role.USER.actOn(userManager);

        InProcessJaxRs.Answer answer = rest().get("scorecard?" + query);

        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo(field);
        assertThat(error.get("message").getAsString()).isEqualTo(message);
    }

    @Test
    void refusesAnonymousAndUnlicensedViewers() {
        Role.ANONYMOUS.actOn(userManager);
        assertThat(rest().get("scorecard").status()).isEqualTo(401);
        Role.UNLICENSED.actOn(userManager);
        assertThat(rest().get("scorecard").status()).isEqualTo(403);
    }
}
