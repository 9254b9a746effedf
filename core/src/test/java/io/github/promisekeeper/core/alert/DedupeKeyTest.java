package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dedupe key names one transition: the same transition gives the same key, a later one another. */
class DedupeKeyTest {

    @Test
    void theSameTransitionGivesTheSameKeyAndALaterOneAnother() {
        IssueKey sc1 = IssueKey.of("SC-1");

        assertThat(DedupeKey.of(AlertKind.EPIC_UNLINKED, sc1, "SSO-4", 2))
                .isEqualTo(DedupeKey.of(AlertKind.EPIC_UNLINKED, sc1, "SSO-4", 2))
                .isNotEqualTo(DedupeKey.of(AlertKind.EPIC_UNLINKED, sc1, "SSO-4", 5))
                .isNotEqualTo(DedupeKey.of(AlertKind.EPIC_UNLINKED, sc1, "SSO-5", 2));
        assertThat(DedupeKey.of(AlertKind.CONTRACT_CANCELLED, CustomerKey.of("GLOBEX_EU"), "C-1", 0)
                        .value())
                .isEqualTo("CONTRACT_CANCELLED:GLOBEX_EU:C-1@0");
    }

    @Test
    void refusesTextThatIsNotAKey() {
        assertThatThrownBy(() -> new DedupeKey("SC-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupeKey("A:" + "x".repeat(450) + "@1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
