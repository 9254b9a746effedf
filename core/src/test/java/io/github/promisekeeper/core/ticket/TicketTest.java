package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTest {

    private static final Instant CREATED = Instant.parse("2027-01-02T08:00:00Z");
    private static final Instant UPDATED = Instant.parse("2027-01-10T12:30:15.250Z");

    private static Ticket ticket(String summary, Instant updated) {
        return new Ticket(
                IssueKey.of("SUP-7"),
                CustomerKey.of("ACME"),
                summary,
                TicketPriority.HIGH,
                StatusCategory.IN_PROGRESS,
                "Bug",
                CREATED,
                updated);
    }

    @Test
    void keepsTheWholeSecondsOfItsUpdateTime() {
        assertThat(ticket("Login fails", UPDATED).updatedEpochSecond()).isEqualTo(UPDATED.getEpochSecond());
        assertThat(ticket("Login fails", Instant.parse("1969-12-31T23:59:59.500Z"))
                        .updatedEpochSecond())
                .isEqualTo(-1);
    }

    @Test
    void isEqualByEveryValueLikeARecord() {
        assertThat(ticket("Login fails", UPDATED))
                .isEqualTo(ticket("Login fails", UPDATED))
                .hasSameHashCodeAs(ticket("Login fails", UPDATED))
                .isNotEqualTo(ticket("Login fails", UPDATED.plusNanos(1)))
                .isNotEqualTo(ticket("Other", UPDATED));
        assertThat(ticket("Login fails", UPDATED))
                .hasToString("Ticket[key=SUP-7, customer=ACME, summary=Login fails, "
                        + "priority=HIGH, statusCategory=IN_PROGRESS, type=Bug, created=2027-01-02T08:00:00Z, "
                        + "updated=2027-01-10T12:30:15.250Z]");
    }

    @Test
    void needsKeyCustomerPriorityStatusAndDatesButNotSummaryOrType() {
        assertThatThrownBy(() -> new Ticket(
                        IssueKey.of("SUP-7"),
                        CustomerKey.of("ACME"),
                        "",
                        TicketPriority.HIGH,
                        StatusCategory.TO_DO,
                        "",
                        CREATED,
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("updated");
        Ticket bare = new Ticket(
                IssueKey.of("SUP-7"),
                CustomerKey.of("ACME"),
                null,
                TicketPriority.HIGH,
                StatusCategory.TO_DO,
                null,
                CREATED,
                UPDATED);
        assertThat(bare.summary()).isEmpty();
        assertThat(bare.type()).isEmpty();
    }
}
