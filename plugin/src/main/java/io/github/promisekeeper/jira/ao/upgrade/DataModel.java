package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.jira.alert.ao.AlertEntity;
import io.github.promisekeeper.jira.alert.ao.CommitmentStateEntity;
import io.github.promisekeeper.jira.alert.ao.CustomerStateEntity;
import io.github.promisekeeper.jira.commitment.ao.CommitmentSnapshotEntity;
import io.github.promisekeeper.jira.customer.ao.ContractEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerChangeEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerEntity;
import io.github.promisekeeper.jira.customer.ao.EmailDomainEntity;
import io.github.promisekeeper.jira.mail.ao.DigestSentEntity;
import io.github.promisekeeper.jira.mail.ao.MailPreferenceEntity;
import io.github.promisekeeper.jira.settings.ao.SettingsChangeEntity;
import io.github.promisekeeper.jira.webhook.ao.WebhookDeliveryEntity;
import io.github.promisekeeper.jira.webhook.ao.WebhookEndpointEntity;
import net.java.ao.RawEntity;

import java.util.List;

/** The plugin's current Active Objects data model: every entity the {@code <ao>} module declares. */
public final class DataModel {

    /** Model version the upgrade tasks bring the database to. */
    public static final int VERSION = 3;

    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            CustomerEntity.class,
            ContractEntity.class,
            EmailDomainEntity.class,
            CustomerChangeEntity.class,
            CommitmentSnapshotEntity.class,
            SettingsChangeEntity.class,
            MailPreferenceEntity.class,
            DigestSentEntity.class,
            AlertEntity.class,
            CommitmentStateEntity.class,
            CustomerStateEntity.class,
            WebhookEndpointEntity.class,
            WebhookDeliveryEntity.class);

    private DataModel() {}

    @SuppressWarnings({"unchecked", "rawtypes"}) // Java cannot create a generic array
    public static Class<? extends RawEntity<?>>[] entities() {
        return ENTITIES.toArray(new Class[0]);
    }
}
