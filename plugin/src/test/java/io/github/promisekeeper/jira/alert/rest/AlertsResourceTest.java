package io.github.promisekeeper.jira.alert.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AlertsResourceTest {

    private static final LocalDate DAY = LocalDate.parse("2027-02-01");
    private static final CustomerKey ACME = CustomerKey.of("ACME");

    private final SalUserManager salUsers = mock(SalUserManager.class);
    private final UserManager jiraUsers = mock(UserManager.class);
    private final InMemoryAlertStore store = new InMemoryAlertStore();
    private final SlipChecks checks = mock(SlipChecks.class);
    private final Commitments commitments = mock(Commitments.class);
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        JsonResponses responses = new JsonResponses(new Json());
        rest = new InProcessJaxRs(
                new AlertsResource(
                        store,
                        checks,
                        mock(SlipCheckJob.class),
                        mock(AlertSettingsStore.class),
                        commitments,
                        new Permissions(salUsers, () -> Role.GROUPS),
                        jiraUsers,
                        new Json(),
                        responses,
                        i18n,
                        Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC)),
                new AccessDeniedMapper(i18n, responses));
        store.store(
                new AlertUpdate(
                        List.of(),
                        Set.of(),
                        List.of(),
                        Set.of(),
                        List.of(
                                worsened("SC-1"),
                                worsened("SC-2"),
                                Alert.raise(
                                        AlertKind.RENEWAL_MOVED,
                                        ACME,
                                        AlertFacts.about("Acme <b>Inc</b>"),
                                        DAY,
                                        DedupeKey.of(AlertKind.RENEWAL_MOVED, ACME, "", 1))),
                        Set.of(),
                        DAY),
                AlertTransactionListener.NONE);
    }

    @Test
    void listsAlertsAboutCustomersAndOnlyOnCommitmentsTheViewerMayBrowse() {
        Role.USER.actOn(salUsers);
        when(commitments.findByCustomers(Set.of(ACME))).thenReturn(List.of(commitment("SC-2")));

        InProcessJaxRs.Answer answer = rest.get("alerts");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonArray alerts =
                JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("alerts");
        assertThat(alerts.asList())
                .extracting(alert -> alert.getAsJsonObject().get("kind").getAsString())
                .containsExactly("renewal-moved", "health-worsened");
        assertThat(alerts.get(1).getAsJsonObject().get("commitment").getAsString())
                .isEqualTo("SC-2");
        assertThat(alerts.get(1).getAsJsonObject().get("reason").getAsString())
                .isEqualTo("SC-2 'Promise' went from on track to at risk");
    }

    @Test
    void refusesParametersItCannotReadNamingEach() {
        Role.USER.actOn(salUsers);

        assertThat(rest.get("alerts?since=yesterday").body()).contains("\"field\":\"since\"");
        assertThat(rest.get("alerts?state=closed").body()).contains("\"field\":\"state\"");
        assertThat(rest.get("alerts?customer=acme").body()).contains("\"field\":\"customer\"");
        assertThat(rest.get("alerts?limit=0").status()).isEqualTo(400);
        assertThat(rest.get("alerts?limit=1001").body()).contains("\"field\":\"limit\"");
        assertThat(rest.get("alerts?since=2027-02-02&state=open&customer=ACME").status())
                .isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorRunsTheCheckAndHearsWhatItRaised() {
        Role.USER.actOn(salUsers);
        assertThat(rest.send("POST", "alerts/check", null, null).status()).isEqualTo(403);
        verify(checks, never()).runNow(any(), any());

        Role.ADMIN.actOn(salUsers);
        ApplicationUser ada = mock(ApplicationUser.class);
        when(jiraUsers.getUserByKey("ada")).thenReturn(ada);
        when(checks.runNow(eq(ada), any()))
                .thenReturn(new AlertChanges(store.findOpen().subList(0, 1), List.of()));

        InProcessJaxRs.Answer answer = rest.send("POST", "alerts/check", null, null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"raised\":[{\"id\":1,").contains("\"resolved\":[]");
    }

    private static Alert worsened(String key) {
        IssueKey commitment = IssueKey.of(key);
        return Alert.raise(
                AlertKind.HEALTH_WORSENED,
                ACME,
                commitment,
                AlertFacts.about("Acme")
                        .withCommitment("Promise", DAY.plusDays(30))
                        .withHealth(Health.ON_TRACK, Health.AT_RISK),
                DAY,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, commitment, "", 1));
    }

    private static Commitment commitment(String key) {
        return new Commitment(
                IssueKey.of(key),
                ACME,
                "Promise",
                DAY.plusDays(30),
                "jane",
                Optional.empty(),
                Optional.empty(),
                List.of());
    }
}
