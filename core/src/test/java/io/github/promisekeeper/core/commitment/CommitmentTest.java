package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.promisekeeper.core.commitment.Fixtures.SSO;
import static io.github.promisekeeper.core.commitment.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitmentTest {

    @Test
    void leavingOutTheMoneyKeepsTheCountOfHiddenEpics() {
        Commitment commitment = new Commitment(
                IssueKey.of("SC-7"),
                CustomerKey.of("ACME"),
                "SSO",
                date("2027-03-01"),
                "jane",
                Optional.of(Money.of("1000", "EUR")),
                Optional.empty(),
                List.of(SSO),
                2);

        Commitment withoutValue = commitment.withoutValue();

        assertThat(withoutValue.valueWhenPromised()).isEmpty();
        assertThat(withoutValue.hiddenEpics()).isEqualTo(2);
        assertThat(withoutValue.deliveringEpics()).containsExactly(SSO);
    }

    @Test
    void withoutACountNoEpicIsHidden() {
        assertThat(Fixtures.promise("2027-03-01", SSO).hiddenEpics()).isZero();
    }

    @Test
    void rejectsANegativeCountOfHiddenEpics() {
        assertThatThrownBy(() -> Fixtures.promiseWithHiddenEpics("2027-03-01", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of hidden epics of SC-7 cannot be negative: -1");
    }
}
