package io.github.promisekeeper.jira.alert.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.AlertTexts;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;
import io.github.promisekeeper.jira.alert.StoredAlerts;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AlertsResourceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /** German where it has a text, the plugin's English elsewhere, as Jira falls back to the default language. */
    private static final I18nResolver GERMAN = new I18nResolver() {
        private final PropertiesI18nResolver english = new PropertiesI18nResolver();
        private final Map<String, String> texts = Map.of(
                "promise-keeper.alerts.kind.renewal-moved", "Verlängerung verschoben",
                "promise-keeper.reason.alert.renewal-moved", "{0}: Verlängerung von {1} auf {2} verschoben",
                "promise-keeper.rest.error.alerts.state", "Der Zustand ''{0}'' ist weder open noch resolved.");

        @Override
        public String getText(String key) {
            return getText(key, new Serializable[0]);
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            String german = texts.get(key);
            return german == null
                    ? english.getText(key, arguments)
                    : new MessageFormat(german, Locale.GERMAN).format(arguments);
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }
    };

    private final InMemoryAlertStore store = new InMemoryAlertStore();
    private final StoredAlerts alerts = new StoredAlerts(store);
    private final SalUserManager salUsers = mock(SalUserManager.class);
    private final UserManager jiraUsers = mock(UserManager.class);
    private final SlipChecks checks = mock(SlipChecks.class);
    /** The issues the viewer may open in Jira; every other key is hidden from them. */
    private final Set<IssueKey> openable = new HashSet<>();

    private final List<Set<IssueKey>> askedAbout = new ArrayList<>();

    @BeforeEach
    void viewer() {
        Role.USER.actOn(salUsers);
    }

    private InProcessJaxRs rest(I18nResolver i18n) {
        JsonResponses responses = new JsonResponses(new Json());
        AlertFeed feed = new AlertFeed(store, keys -> {
            askedAbout.add(Set.copyOf(keys));
            return keys.stream().filter(openable::contains).collect(Collectors.toSet());
        });
        return new InProcessJaxRs(
                new AlertsResource(
                        feed,
                        checks,
                        mock(SlipCheckJob.class),
                        mock(AlertSettingsStore.class),
                        new Permissions(salUsers, () -> Role.GROUPS),
                        jiraUsers,
                        new Json(),
                        responses,
                        i18n,
                        Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC)),
                new AccessDeniedMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses));
    }

    private JsonObject get(String query) {
        InProcessJaxRs.Answer answer = rest(new PropertiesI18nResolver()).get("alerts" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static JsonObject firstError(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body())
                .getAsJsonObject()
                .getAsJsonArray("errors")
                .get(0)
                .getAsJsonObject();
    }

    private static List<String> kinds(JsonObject answer) {
        List<String> kinds = new ArrayList<>();
        answer.getAsJsonArray("alerts")
                .forEach(alert -> kinds.add(alert.getAsJsonObject().get("kind").getAsString() + "@"
                        + alert.getAsJsonObject().get("raisedOn").getAsString()));
        return kinds;
    }

    @Test
    void listsAlertsNewestFirstWithKindReasonDatesAndState() {
        openable.add(IssueKey.of("SC-1"));
        var worsened = alerts.healthWorsened("ACME", "Acme", "SC-1", "Single sign-on", DAY);
        alerts.renewalMoved("GLOBEX", "Globex", DAY.plusDays(2));
        alerts.resolve(worsened, DAY.plusDays(3));

        JsonObject answer = get("");

        assertThat(kinds(answer)).containsExactly("renewal-moved@2026-11-22", "health-worsened@2026-11-20");
        JsonObject health = answer.getAsJsonArray("alerts").get(1).getAsJsonObject();
        assertThat(health.get("kindText").getAsString()).isEqualTo("Health worsened");
        assertThat(health.get("commitment").getAsString()).isEqualTo("SC-1");
        assertThat(health.get("summary").getAsString()).isEqualTo("Single sign-on");
        assertThat(health.get("customer").getAsString()).isEqualTo("ACME");
        assertThat(health.get("reason").getAsString()).isEqualTo("SC-1 'Single sign-on' went from on track to at risk");
        assertThat(health.get("healthBefore").getAsString()).isEqualTo("on-track");
        assertThat(health.get("healthAfter").getAsString()).isEqualTo("at-risk");
        assertThat(health.get("state").getAsString()).isEqualTo("resolved");
        assertThat(health.get("resolvedOn").getAsString()).isEqualTo("2026-11-23");
        assertThat(health.get("worsening").getAsBoolean()).isTrue();
        JsonObject renewal = answer.getAsJsonArray("alerts").get(0).getAsJsonObject();
        assertThat(renewal.has("commitment")).isFalse();
        assertThat(renewal.get("customerName").getAsString()).isEqualTo("Globex");
        assertThat(renewal.get("state").getAsString()).isEqualTo("open");
    }

    @Test
    void leavesOutAlertsOnCommitmentsOrEpicsTheViewerMayNotOpenAndAsksJiraOnceForAllKeys() {
        openable.addAll(Set.of(IssueKey.of("SC-1"), IssueKey.of("SC-2")));
        alerts.healthWorsened("ACME", "Acme", "SC-1", "Seen", DAY);
        alerts.healthWorsened("ACME", "Acme", "SEC-1", "Embargoed promise", DAY);
        alerts.forecastPastPromise("ACME", "SC-2", "HIDDEN-7", DAY);
        alerts.renewalMoved("ACME", "Acme <b>Inc</b>", DAY);

        String body = rest(new PropertiesI18nResolver()).get("alerts").body();

        assertThat(body).contains("SC-1", "renewal-moved").doesNotContain("SEC-1", "Embargoed", "HIDDEN-7", "SC-2");
        assertThat(askedAbout)
                .singleElement()
                .isEqualTo(Set.of(
                        IssueKey.of("SC-1"), IssueKey.of("SEC-1"), IssueKey.of("SC-2"), IssueKey.of("HIDDEN-7")));
    }

    @Test
    void filtersBySinceCustomersAndState() {
        openable.addAll(Set.of(IssueKey.of("SC-1"), IssueKey.of("SC-2"), IssueKey.of("SC-3")));
        var old = alerts.healthWorsened("ACME", "Acme", "SC-1", "Old", DAY.minusDays(10));
        alerts.healthWorsened("ACME", "Acme", "SC-2", "New", DAY);
        alerts.healthWorsened("GLOBEX", "Globex", "SC-3", "Other", DAY.plusDays(1));
        alerts.renewalMoved("INITECH", "Initech", DAY.plusDays(2));
        alerts.resolve(old, DAY);

        assertThat(kinds(get("?since=2026-11-20")))
                .containsExactly(
                        "renewal-moved@2026-11-22", "health-worsened@2026-11-21", "health-worsened@2026-11-20");
        assertThat(kinds(get("?customer=ACME,INITECH")))
                .containsExactly(
                        "renewal-moved@2026-11-22", "health-worsened@2026-11-20", "health-worsened@2026-11-10");
        assertThat(kinds(get("?customer=ACME&state=resolved"))).containsExactly("health-worsened@2026-11-10");
        assertThat(kinds(get("?customer=ACME&state=OPEN"))).containsExactly("health-worsened@2026-11-20");
        assertThat(kinds(get("?since=2026-11-21&state=open&customer=GLOBEX")))
                .containsExactly("health-worsened@2026-11-21");
        assertThat(kinds(get("?limit=1"))).containsExactly("renewal-moved@2026-11-22");
    }

    @Test
    void readsAtMostTheLimitEvenWhenHiddenAlertsCameFirst() {
        openable.add(IssueKey.of("SC-1"));
        alerts.healthWorsened("ACME", "Acme", "SC-1", "Seen", DAY.minusDays(1));
        IntStream.range(0, 3).forEach(i -> alerts.healthWorsened("ACME", "Acme", "SEC-" + (i + 1), "Hidden", DAY));

        assertThat(kinds(get("?limit=2"))).containsExactly("health-worsened@2026-11-19");
    }

    @ParameterizedTest
    @CsvSource({
        "since=yesterday, since, The date 'yesterday' must be a day written YYYY-MM-DD.",
        "since=2026-13-01, since, The date '2026-13-01' must be a day written YYYY-MM-DD.",
        "customer=acme, customer, The customer key 'acme' must be 2 to 20 characters",
        "customer=ACME;x, customer, The customer key 'ACME;x' must be 2 to 20 characters",
        "state=closed, state, The state 'closed' must be open or resolved.",
        "limit=0, limit, The limit '0' must be a whole number from 1 to 1000.",
        "limit=1001, limit, The limit '1001' must be a whole number from 1 to 1000."
    })
    void refusesBadParametersWithAClearMessage(String query, String field, String message) {
        InProcessJaxRs.Answer answer = rest(new PropertiesI18nResolver()).get("alerts?" + query);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonObject error = firstError(answer);
        assertThat(error.get("field").getAsString()).isEqualTo(field);
        assertThat(error.get("message").getAsString()).startsWith(message);
    }

    @Test
    void refusesMoreThanAHundredCustomers() {
        String many = IntStream.rangeClosed(1, 101).mapToObj(i -> "C" + i).collect(Collectors.joining(","));

        InProcessJaxRs.Answer answer = rest(new PropertiesI18nResolver()).get("alerts?customer=" + many);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(firstError(answer).get("message").getAsString()).isEqualTo("Name at most 100 customers, not 101.");
        assertThat(rest(new PropertiesI18nResolver())
                        .get("alerts?customer=" + many.substring(0, many.lastIndexOf(',')))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void writesKindReasonAndErrorsInTheViewersLanguage() {
        alerts.renewalMoved("ACME", "Acme", DAY);
        InProcessJaxRs rest = rest(GERMAN);

        JsonObject alert = JsonParser.parseString(rest.get("alerts").body())
                .getAsJsonObject()
                .getAsJsonArray("alerts")
                .get(0)
                .getAsJsonObject();
        InProcessJaxRs.Answer refused = rest.get("alerts?state=closed");

        assertThat(alert.get("kindText").getAsString()).isEqualTo("Verlängerung verschoben");
        assertThat(alert.get("reason").getAsString())
                .isEqualTo("Acme: Verlängerung von 19 Jan 2027 auf 20 Dec 2026 verschoben");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(firstError(refused).get("message").getAsString())
                .isEqualTo("Der Zustand 'closed' ist weder open noch resolved.");
    }

    @Test
    void everyAlertKindHasALabelInTheEnglishTexts() {
        PropertiesI18nResolver english = new PropertiesI18nResolver();
        for (AlertKind kind : AlertKind.values()) {
            assertThat(english.getText(AlertTexts.kindKey(kind)))
                    .as(kind.name())
                    .isNotBlank()
                    .isNotEqualTo(AlertTexts.kindKey(kind));
        }
    }

    @Test
    void refusesAnonymousAndUnlicensedViewers() {
        alerts.renewalMoved("ACME", "Acme", DAY);
        Role.ANONYMOUS.actOn(salUsers);
        assertThat(rest(new PropertiesI18nResolver()).get("alerts").status()).isEqualTo(401);
        Role.UNLICENSED.actOn(salUsers);
        InProcessJaxRs.Answer refused = rest(new PropertiesI18nResolver()).get("alerts");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Acme");
    }

    @Test
    void onlyAnAdministratorRunsTheCheckAndHearsWhatItRaisedWithItsKindLabel() {
        StoredAlert raised = alerts.renewalMoved("ACME", "Acme", DAY);
        InProcessJaxRs rest = rest(new PropertiesI18nResolver());
        assertThat(rest.send("POST", "alerts/check", null, null).status()).isEqualTo(403);
        verify(checks, never()).runNow(any(), any());

        Role.ADMIN.actOn(salUsers);
        ApplicationUser ada = mock(ApplicationUser.class);
        when(jiraUsers.getUserByKey("ada")).thenReturn(ada);
        when(checks.runNow(eq(ada), any())).thenReturn(new AlertChanges(List.of(raised), List.of()));

        InProcessJaxRs.Answer answer = rest.send("POST", "alerts/check", null, null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"raised\":[{\"id\":" + raised.id() + ",")
                .contains("\"kindText\":\"Renewal moved\"")
                .contains("\"resolved\":[]");
    }
}
