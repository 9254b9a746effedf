package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.promisekeeper.core.commitment.Fixtures.SSO;
import static io.github.promisekeeper.core.commitment.Fixtures.TODAY;
import static io.github.promisekeeper.core.commitment.Fixtures.date;
import static io.github.promisekeeper.core.commitment.Fixtures.openEpic;
import static io.github.promisekeeper.core.commitment.Fixtures.promise;
import static io.github.promisekeeper.core.commitment.Fixtures.renewal;
import static org.assertj.core.api.Assertions.assertThat;

class CommitmentHealthRulesTest {

    private static final IssueKey AUDIT = IssueKey.of("AUD-3");
    private final CommitmentHealthRules rules = CommitmentHealthRules.standard(ThroughputForecast.DEFAULT);

    @Test
    void commitmentWithoutEpicHasNoDeliveryPlan() {
        CommitmentHealth health = rules.assess(promise("2027-03-01"), Map.of(), Optional.empty(), TODAY);

        assertThat(health.health()).isEqualTo(Health.NO_DELIVERY_PLAN);
        assertThat(health.reasons()).containsExactly("no delivering epic linked");
    }

    @Test
    void linkedEpicThatIsNotFoundIsCountedNotNamed() {
        CommitmentHealth health = rules.assess(promise("2027-03-01", SSO), Map.of(), Optional.empty(), TODAY);

        assertThat(health.health()).isEqualTo(Health.NO_DELIVERY_PLAN);
        assertThat(health.reasons()).containsExactly("no delivering epic you can see", "1 delivering epic not found");
        assertThat(String.join(" ", health.reasons())).doesNotContain("SSO-1");
    }

    @Test
    void onlyHiddenEpicsMeanNoPlanTheViewerCanSeeAndSayHowMany() {
        CommitmentHealth health =
                rules.assess(Fixtures.promiseWithHiddenEpics("2027-03-01", 2), Map.of(), Optional.empty(), TODAY);

        assertThat(health.health()).isEqualTo(Health.NO_DELIVERY_PLAN);
        assertThat(health.reasons())
                .containsExactly(
                        "no delivering epic you can see", "2 delivering epics you cannot open in Jira left out");
        assertThat(health.epics()).isEmpty();
    }

    @Test
    void hiddenEpicsDoNotChangeTheHealthOfTheVisibleOnesButAreMentioned() {
        CommitmentHealth health = rules.assess(
                Fixtures.promiseWithHiddenEpics("2027-03-01", 1, SSO),
                Map.of(SSO, EpicDelivery.done(SSO, "SSO", date("2027-01-20"))),
                Optional.empty(),
                TODAY);

        assertThat(health.health()).isEqualTo(Health.DELIVERED);
        assertThat(health.reasons()).last().isEqualTo("1 delivering epic you cannot open in Jira left out");
        assertThat(health.epics()).extracting(EpicHealth::epic).containsExactly(SSO);
    }

    @Test
    void commitmentFollowsItsWorstEpic() {
        EpicDelivery done = EpicDelivery.done(SSO, "SSO", date("2027-01-20"));
        EpicDelivery slipping = EpicDelivery.open(AUDIT, "Audit log", 5, List.of(), date("2027-03-05"));

        CommitmentHealth health = rules.assess(
                promise("2027-03-01", SSO, AUDIT), Map.of(SSO, done, AUDIT, slipping), Optional.empty(), TODAY);

        assertThat(health.health()).isEqualTo(Health.AT_RISK);
        assertThat(health.reasons()).containsExactly("AUD-3 'Audit log' due 5 Mar 2027 after promise 1 Mar 2027");
        assertThat(health.epics()).extracting(EpicHealth::health).containsExactly(Health.DELIVERED, Health.AT_RISK);
    }

    @Test
    void breachingTheRenewalOutranksBeingAtRiskAndKeepsBothReasons() {
        EpicDelivery slipping = openEpic(5, "2027-03-05");

        CommitmentHealth health =
                rules.assess(promise("2027-03-01", SSO), Map.of(SSO, slipping), renewal("2027-03-20", 30, true), TODAY);

        assertThat(health.health()).isEqualTo(Health.BREACHES_RENEWAL);
        assertThat(health.reasons())
                .containsExactly(
                        "SSO-1 'SSO' expected 5 Mar 2027, after ACME's notice deadline 18 Feb 2027",
                        "SSO-1 'SSO' due 5 Mar 2027 after promise 1 Mar 2027");
    }

    @Test
    void onTrackSaysWhenItHasNoForecastInsteadOfInventingOne() {
        CommitmentHealth health = rules.assess(
                promise("2027-03-01", SSO), Map.of(SSO, openEpic(5, "2027-02-20")), Optional.empty(), TODAY);

        assertThat(health.health()).isEqualTo(Health.ON_TRACK);
        assertThat(health.reasons())
                .containsExactly("SSO-1 'SSO': no forecast: only 0 children resolved in the last 6 weeks"
                        + " (needs 3); due 20 Feb 2027, on or before promise 1 Mar 2027");
    }

    @Test
    void allEpicsDoneOnTimeIsDelivered() {
        CommitmentHealth health = rules.assess(
                promise("2027-03-01", SSO),
                Map.of(SSO, EpicDelivery.done(SSO, "SSO", date("2027-01-20"))),
                renewal("2027-03-20", 30, true),
                TODAY);

        assertThat(health.health()).isEqualTo(Health.DELIVERED);
    }
}
