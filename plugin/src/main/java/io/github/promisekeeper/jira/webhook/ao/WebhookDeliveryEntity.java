package io.github.promisekeeper.jira.webhook.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The outbox: one event to deliver to one endpoint, stored in the transaction of the change that caused it, with
 * its fixed body and delivery id, its ordering key (the commitment), and where its delivery stands (status,
 * attempts, next attempt, last answer). The ID orders deliveries as they were enqueued.
 */
@Table("WEBHOOK_DELIVERY")
@Indexes({
    @Index(
            name = "status",
            methodNames = {"getStatus"}),
    @Index(
            name = "endpoint",
            methodNames = {"getEndpointId"})
})
public interface WebhookDeliveryEntity extends Entity {

    int getEndpointId();

    void setEndpointId(int endpointId);

    @NotNull
    @StringLength(36)
    String getDeliveryId();

    void setDeliveryId(String deliveryId);

    @NotNull
    @StringLength(64)
    String getEventName();

    void setEventName(String eventName);

    @NotNull
    String getOrderingKey();

    void setOrderingKey(String orderingKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPayload();

    void setPayload(String payload);

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    int getAttempts();

    void setAttempts(int attempts);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getNextAttemptAt();

    void setNextAttemptAt(Date nextAttemptAt);

    Date getLastAttemptAt();

    void setLastAttemptAt(Date lastAttemptAt);

    int getLastStatusCode();

    void setLastStatusCode(int lastStatusCode);

    @StringLength(450)
    String getLastError();

    void setLastError(String lastError);
}
