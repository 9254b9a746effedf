package io.github.promisekeeper.core.commitment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.promisekeeper.core.commitment.Fixtures.SSO;
import static io.github.promisekeeper.core.commitment.Fixtures.date;
import static io.github.promisekeeper.core.commitment.Fixtures.facts;
import static io.github.promisekeeper.core.commitment.Fixtures.openEpic;
import static io.github.promisekeeper.core.commitment.Fixtures.promise;
import static io.github.promisekeeper.core.commitment.Fixtures.renewal;
import static org.assertj.core.api.Assertions.assertThat;

/** Each named policy on its own: what it finds, what it leaves to the others, and the reason it gives. */
class HealthPoliciesTest {

    private static final EpicDelivery STEADY = openEpic(
            10,
            null,
            "2027-01-01",
            "2027-01-05",
            "2027-01-10",
            "2027-01-15",
            "2027-01-20",
            "2027-01-25"); // forecast 1 Mar 2027

    @Test
    void deliveryPolicyCallsAnEpicDoneAfterThePromiseLate() {
        var late = new DeliveryPolicy()
                .assess(facts(
                        promise("2027-01-10", SSO),
                        EpicDelivery.done(SSO, "SSO", date("2027-01-12")),
                        Optional.empty()));
        var onTime = new DeliveryPolicy()
                .assess(facts(
                        promise("2027-01-12", SSO),
                        EpicDelivery.done(SSO, "SSO", date("2027-01-12")),
                        Optional.empty()));

        assertThat(late)
                .contains(new HealthFinding(
                        Health.DELIVERED_LATE, "SSO-1 'SSO' done 12 Jan 2027, after promise 10 Jan 2027"));
        assertThat(onTime).map(HealthFinding::health).contains(Health.DELIVERED);
    }

    @Test
    void deliveryPolicyIgnoresOpenEpics() {
        assertThat(new DeliveryPolicy().assess(facts(promise("2027-03-01", SSO), STEADY, Optional.empty())))
                .isEmpty();
    }

    @Test
    void atRiskPolicyFlagsAForecastAfterThePromisedDate() {
        var finding = new AtRiskPolicy().assess(facts(promise("2027-02-20", SSO), STEADY, Optional.empty()));

        assertThat(finding)
                .contains(
                        new HealthFinding(Health.AT_RISK, "SSO-1 'SSO' forecast 1 Mar 2027 after promise 20 Feb 2027"));
    }

    @Test
    void atRiskPolicyFlagsADueDateAfterThePromisedDateEvenWithoutForecast() {
        var finding = new AtRiskPolicy()
                .assess(facts(promise("2027-02-20", SSO), openEpic(5, "2027-02-25"), Optional.empty()));

        assertThat(finding)
                .map(HealthFinding::reason)
                .contains("SSO-1 'SSO' due 25 Feb 2027 after promise 20 Feb 2027");
    }

    @Test
    void atRiskPolicyStaysSilentWhenForecastMeetsThePromise() {
        assertThat(new AtRiskPolicy().assess(facts(promise("2027-03-01", SSO), STEADY, Optional.empty())))
                .isEmpty();
    }

    @Test
    void overduePolicyFlagsAnOpenEpicOncePromisedDateHasPassed() {
        var finding = new OverduePolicy().assess(facts(promise("2027-01-27", SSO), STEADY, Optional.empty()));

        assertThat(finding)
                .contains(
                        new HealthFinding(Health.OVERDUE, "SSO-1 'SSO' still open, promised 27 Jan 2027 (5 days ago)"));
        assertThat(new OverduePolicy().assess(facts(promise("2027-02-01", SSO), STEADY, Optional.empty())))
                .isEmpty();
    }

    @Test
    void renewalBreachPolicyFlagsAForecastAfterTheNoticeDeadlineOfAnAutoRenewingContract() {
        // Renews 15 Mar with 30 days notice: deadline 13 Feb, before the 1 Mar forecast.
        var finding = new RenewalBreachPolicy()
                .assess(facts(promise("2027-03-10", SSO), STEADY, renewal("2027-03-15", 30, true)));

        assertThat(finding)
                .contains(new HealthFinding(
                        Health.BREACHES_RENEWAL,
                        "SSO-1 'SSO' expected 1 Mar 2027, after ACME's notice deadline 13 Feb 2027"));
    }

    @Test
    void renewalBreachPolicyUsesTheRenewalDateWhenTheContractNeedsADecision() {
        var policy = new RenewalBreachPolicy();

        assertThat(policy.assess(facts(promise("2027-03-10", SSO), STEADY, renewal("2027-03-15", 30, false))))
                .isEmpty();
        assertThat(policy.assess(facts(promise("2027-03-10", SSO), STEADY, renewal("2027-02-27", 0, false))))
                .map(HealthFinding::reason)
                .contains("SSO-1 'SSO' expected 1 Mar 2027, after ACME's renewal 27 Feb 2027");
    }

    @Test
    void renewalBreachPolicyFallsBackToTheRenewalSnapshottedAtPromiseTime() {
        Commitment withSnapshot = new Commitment(
                promise("2027-03-10", SSO).key(),
                promise("2027-03-10").customer(),
                "SSO",
                date("2027-03-10"),
                "jane",
                Optional.empty(),
                Optional.of(date("2027-01-31")),
                List.of(SSO));

        assertThat(new RenewalBreachPolicy().assess(facts(withSnapshot, STEADY, Optional.empty())))
                .map(HealthFinding::reason)
                .contains("SSO-1 'SSO' still open after ACME's renewal 31 Jan 2027");
    }

    @Test
    void renewalBreachPolicyCannotTellWithoutForecastDueDateOrPassedDeadline() {
        EpicDelivery noHistory = openEpic(10, null, "2027-01-20");

        assertThat(new RenewalBreachPolicy()
                        .assess(facts(promise("2027-03-10", SSO), noHistory, renewal("2027-03-15", 30, true))))
                .isEmpty();
    }
}
