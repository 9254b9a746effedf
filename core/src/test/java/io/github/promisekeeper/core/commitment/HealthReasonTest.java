package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.promisekeeper.core.commitment.Fixtures.SSO;
import static io.github.promisekeeper.core.commitment.Fixtures.TODAY;
import static io.github.promisekeeper.core.commitment.Fixtures.date;
import static io.github.promisekeeper.core.commitment.Fixtures.openEpic;
import static io.github.promisekeeper.core.commitment.Fixtures.promise;
import static org.assertj.core.api.Assertions.assertThat;

/** Health reasons are keys and arguments: epics, dates and counts, never text in one language. */
class HealthReasonTest {

    private final CommitmentHealthRules rules = CommitmentHealthRules.standard(ThroughputForecast.DEFAULT);

    @Test
    void hiddenAndMissingEpicsAreCountsUnderTheirKeys() {
        CommitmentHealth health =
                rules.assess(Fixtures.promiseWithHiddenEpics("2027-03-01", 2, SSO), Map.of(), Optional.empty(), TODAY);

        assertThat(health.why())
                .containsExactly(
                        Reason.of(ReasonKey.NO_EPIC_VISIBLE),
                        Reason.of(ReasonKey.EPICS_HIDDEN, 2L),
                        Reason.of(ReasonKey.EPIC_MISSING, 1L));
    }

    @Test
    void anOverdueEpicIsNamedByItsLabelWithThePromisedDateAndDaysLate() {
        CommitmentHealth health = rules.assess(
                promise("2027-01-27", SSO),
                Map.of(SSO, EpicDelivery.open(SSO, "SSO", 4, List.of(), null)),
                Optional.empty(),
                TODAY);

        assertThat(health.why())
                .containsExactly(Reason.of(
                        ReasonKey.OVERDUE,
                        Reason.of(ReasonKey.EPIC_LABEL, "SSO-1", "SSO"),
                        date("2027-01-27"),
                        Reason.days(-5)));
    }

    @Test
    void aForecastWithoutEnoughThroughputSaysSoWithItsNumbers() {
        Forecast forecast = ThroughputForecast.DEFAULT.forecast(openEpic(4, null), TODAY);

        assertThat(forecast.why())
                .isEqualTo(Reason.of(ReasonKey.FORECAST_TOO_FEW_RESOLVED, 0L, Reason.of(ReasonKey.WEEKS, 6L), 3));
    }
}
