package io.github.promisekeeper.core.webhook;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookPayloadTest {

    private static final Instant AT = Instant.parse("2026-06-01T08:30:00Z");

    private static OutcomeEvent late() {
        return OutcomeEvent.forCommitment(OutcomeKind.COMMITMENT_LATE, AT, "ACME", "SC-7")
                .withCrmId("0015g00000XyZ")
                .withDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20), LocalDate.of(2026, 9, 30))
                .withHealth(Health.DELIVERED_LATE, Health.OVERDUE)
                .withReasons(List.of(Reason.text("delivered 19 days after the promise")))
                .withValue(Money.of("120000.50", "EUR"));
    }

    @Test
    void carriesTheCustomerCommitmentDatesHealthAndReasons() {
        WebhookPayload payload = WebhookPayload.of(late(), "d-1", false);

        assertThat(payload.event()).isEqualTo("commitment.late");
        assertThat(payload.deliveryId()).isEqualTo("d-1");
        assertThat(payload.occurredAt()).isEqualTo("2026-06-01T08:30:00Z");
        assertThat(payload.customer()).isEqualTo(new WebhookPayload.CustomerPart("ACME", "0015g00000XyZ"));
        assertThat(payload.commitment())
                .isEqualTo(new WebhookPayload.CommitmentPart("SC-7", "2026-05-01", "2026-05-20"));
        assertThat(payload.renewalDate()).isEqualTo("2026-09-30");
        assertThat(payload.health()).isEqualTo("delivered_late");
        assertThat(payload.previousHealth()).isEqualTo("overdue");
        assertThat(payload.reasons())
                .containsExactly(new WebhookPayload.ReasonPart(
                        "promise-keeper.reason.text", "delivered 19 days after the promise"));
    }

    @Test
    void leavesMoneyOutUnlessTheEndpointMayReceiveIt() {
        assertThat(WebhookPayload.of(late(), "d-1", false).value()).isNull();
        assertThat(WebhookPayload.of(late(), "d-1", true).value())
                .isEqualTo(new WebhookPayload.ValuePart("120000.50", "EUR"));
    }

    @Test
    void aRenewalAtRiskEventHasNoCommitmentAndOrdersByCustomer() {
        OutcomeEvent event = OutcomeEvent.renewalAtRisk(AT, "ACME");

        assertThat(WebhookPayload.of(event, "d-2", true).commitment()).isNull();
        assertThat(event.orderingKey()).isEqualTo("customer:ACME");
        assertThat(late().orderingKey()).isEqualTo("SC-7");
    }

    @Test
    void aCommitmentEventNeedsItsCommitmentKey() {
        assertThatThrownBy(() -> OutcomeEvent.forCommitment(OutcomeKind.COMMITMENT_KEPT, AT, "ACME", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireNamesRoundTrip() {
        for (OutcomeKind kind : OutcomeKind.values()) {
            assertThat(OutcomeKind.ofWireName(kind.wireName())).contains(kind);
        }
        assertThat(OutcomeKind.ofWireName("commitment.unknown")).isEmpty();
    }
}
