package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recorded states count their versions; settings reject what a site cannot mean. */
class StatesTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");

    @Test
    void aStateRecordedAgainIsTheNextVersion() {
        CommitmentState state = new CommitmentState(
                IssueKey.of("SC-1"),
                CustomerKey.of("ACME"),
                Health.ON_TRACK,
                TODAY.plusDays(30),
                List.of(new EpicState(IssueKey.of("SSO-1"), Optional.empty(), Optional.of(TODAY))),
                TODAY,
                4);

        assertThat(state.after(4, TODAY.plusDays(1)).version()).isEqualTo(5);
        assertThat(state.after(0, TODAY).version()).isEqualTo(1);
        assertThatThrownBy(() -> state.after(-1, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomerStateKeepsItsContractsByIdInOrder() {
        CustomerState state = new CustomerState(
                CustomerKey.of("ACME"),
                Optional.of(TODAY),
                Optional.empty(),
                Map.of("C-2", ContractStatus.CANCELLED, "C-1", ContractStatus.ACTIVE),
                Optional.empty(),
                false,
                TODAY,
                1);

        assertThat(state.contracts())
                .containsEntry("C-2", ContractStatus.CANCELLED)
                .hasSize(2);
    }

    @Test
    void settingsDefaultToFourteenNoticeDaysAndRejectNone() {
        assertThat(AlertSettings.DEFAULTS.noticeDays()).isEqualTo(14);
        assertThat(new AlertSettings(LocalTime.of(7, 30, 12), 3).checkAt()).isEqualTo(LocalTime.of(7, 30));
        assertThatThrownBy(() -> new AlertSettings(LocalTime.NOON, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueryReadsOneToAThousandAlerts() {
        assertThat(AlertQuery.all(10).in(AlertState.OPEN).state()).contains(AlertState.OPEN);
        assertThatThrownBy(() -> AlertQuery.all(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
