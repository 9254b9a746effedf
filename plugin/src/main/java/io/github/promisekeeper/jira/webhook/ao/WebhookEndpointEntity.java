package io.github.promisekeeper.jira.webhook.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A registered webhook endpoint: target URL, shared secret (stored as it is: every request is signed with it),
 * subscribed events (wire names joined by commas), active flag and the administrator's two explicit permissions.
 */
@Table("WEBHOOK_ENDPOINT")
public interface WebhookEndpointEntity extends Entity {

    @NotNull
    @StringLength(450)
    String getUrl();

    void setUrl(String url);

    @NotNull
    String getSecret();

    void setSecret(String secret);

    @NotNull
    String getEvents();

    void setEvents(String events);

    boolean isActive();

    void setActive(boolean active);

    boolean isMoneyAllowed();

    void setMoneyAllowed(boolean moneyAllowed);

    boolean isPrivateTargetsAllowed();

    void setPrivateTargetsAllowed(boolean privateTargetsAllowed);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
