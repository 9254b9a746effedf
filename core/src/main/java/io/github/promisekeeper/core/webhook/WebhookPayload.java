package io.github.promisekeeper.core.webhook;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The body of one webhook request, as plain values ready for JSON (the plugin writes it with Gson): the event's
 * name and delivery id, the customer, the commitment, dates as ISO text, health in lower case and the reasons.
 * The payload rule: {@code value} is there only when the endpoint is allowed to receive money, otherwise it is
 * left out (null, never zero), as the REST API does for viewers without the money right.
 *
 * @param event the event's wire name, such as {@code commitment.kept}
 * @param deliveryId the id that stays the same on every attempt of this delivery
 * @param occurredAt when the change was stored, ISO-8601 UTC
 * @param customer the customer's key and CRM id
 * @param commitment the commitment; null for a customer-level event
 * @param renewalDate the customer's next renewal, or null
 * @param health the health now, or null
 * @param previousHealth the health before, or null
 * @param reasons the reasons, each with its stable code and English text
 * @param value the value at stake, or null
 */
public record WebhookPayload(
        String event,
        String deliveryId,
        String occurredAt,
        CustomerPart customer,
        CommitmentPart commitment,
        String renewalDate,
        String health,
        String previousHealth,
        List<ReasonPart> reasons,
        ValuePart value) {

    /** The customer an event is about. */
    public record CustomerPart(String key, String crmId) {}

    /** The commitment an event is about. */
    public record CommitmentPart(String key, String promisedDate, String deliveredOn) {}

    /** One reason: a stable code (the i18n key) and its English text. */
    public record ReasonPart(String code, String text) {}

    /** An amount of money as decimal text (never a floating-point number) with its ISO 4217 currency. */
    public record ValuePart(String amount, String currency) {}

    public WebhookPayload {
        reasons = List.copyOf(reasons);
    }

    /** The payload of {@code event} for a delivery {@code deliveryId} to an endpoint that may or may not see money. */
    public static WebhookPayload of(OutcomeEvent event, String deliveryId, boolean moneyAllowed) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(deliveryId, "deliveryId");
        return new WebhookPayload(
                event.kind().wireName(),
                deliveryId,
                event.occurredAt().toString(),
                new CustomerPart(event.customerKey(), event.crmId().orElse(null)),
                event.commitmentKey()
                        .map(key -> new CommitmentPart(
                                key,
                                date(event.promisedDate().orElse(null)),
                                date(event.deliveredOn().orElse(null))))
                        .orElse(null),
                date(event.renewalDate().orElse(null)),
                event.health().map(WebhookPayload::health).orElse(null),
                event.previousHealth().map(WebhookPayload::health).orElse(null),
                event.reasons().stream().map(WebhookPayload::reason).toList(),
                moneyAllowed ? event.value().map(WebhookPayload::value).orElse(null) : null);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String health(Health health) {
        return health.name().toLowerCase(Locale.ROOT);
    }

    private static ReasonPart reason(Reason reason) {
        return new ReasonPart(reason.key().key(), reason.english());
    }

    private static ValuePart value(Money money) {
        return new ValuePart(money.amount().toPlainString(), money.currencyCode());
    }
}
