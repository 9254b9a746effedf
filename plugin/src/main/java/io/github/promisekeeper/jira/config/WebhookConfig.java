package io.github.promisekeeper.jira.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.net.RequestFactory;
import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.webhook.AlertOutcomes;
import io.github.promisekeeper.core.webhook.DeliveryRetention;
import io.github.promisekeeper.core.webhook.HostResolver;
import io.github.promisekeeper.core.webhook.RetrySchedule;
import io.github.promisekeeper.core.webhook.TargetPolicy;
import io.github.promisekeeper.core.webhook.WebhookDispatcher;
import io.github.promisekeeper.core.webhook.WebhookTransport;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.webhook.WebhookAdministration;
import io.github.promisekeeper.jira.webhook.WebhookBodies;
import io.github.promisekeeper.jira.webhook.WebhookDeliveryJob;
import io.github.promisekeeper.jira.webhook.WebhookEndpointStore;
import io.github.promisekeeper.jira.webhook.WebhookRetentionJob;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookEndpoints;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookOutbox;
import io.github.promisekeeper.jira.webhook.http.SalWebhookTransport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Webhooks out: endpoint storage and the outbox on Active Objects, the SSRF target policy, SAL's outbound HTTP as
 * the transport, the delivery job, the daily retention job and what administrators do. {@code webhookOutbox} is the
 * {@code WebhookOutbox} that a change calls inside its own transaction.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookConfig {

    @Bean
    public TargetPolicy webhookTargetPolicy() {
        return new TargetPolicy(HostResolver.system());
    }

    @Bean
    public WebhookBodies webhookBodies(Json json) {
        return new WebhookBodies(json);
    }

    @Bean
    public WebhookEndpointStore webhookEndpoints(ActiveObjects activeObjects) {
        return new AoWebhookEndpoints(activeObjects);
    }

    /** The outbox, the job's view of the deliveries and the admin page's delivery log, on one table. */
    @Bean
    public AoWebhookOutbox webhookOutbox(
            ActiveObjects activeObjects,
            WebhookEndpointStore webhookEndpoints,
            WebhookBodies webhookBodies,
            Clock siteClock) {
        return new AoWebhookOutbox(activeObjects, webhookEndpoints, webhookBodies, siteClock);
    }

    /**
     * The slip check's in-transaction listener: the outcomes it stores (kept, late, breached, worse health, HIGH
     * risk) become webhook events in the same transaction as the alerts.
     */
    @Bean
    public AlertOutcomes alertOutcomes(
            AoWebhookOutbox webhookOutbox, Customers customers, SettingsStore settingsStore, Clock siteClock) {
        return new AlertOutcomes(
                webhookOutbox, customers, () -> settingsStore.current().exchangeRates(), siteClock);
    }

    /** SAL's outbound HTTP in Jira; the preview replaces this bean with the JDK's HttpClient. */
    @Bean
    public WebhookTransport webhookTransport(RequestFactory<?> requestFactory) {
        return new SalWebhookTransport(requestFactory);
    }

    @Bean
    public WebhookDispatcher webhookDispatcher(
            AoWebhookOutbox webhookOutbox,
            WebhookEndpointStore webhookEndpoints,
            WebhookTransport webhookTransport,
            TargetPolicy webhookTargetPolicy,
            Clock siteClock) {
        return new WebhookDispatcher(
                webhookOutbox,
                webhookEndpoints,
                webhookTransport,
                webhookTargetPolicy,
                RetrySchedule.standard(),
                siteClock);
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: registers and schedules the job. */
    @Bean
    public WebhookDeliveryJob webhookDeliveryJob(
            SchedulerService schedulerService, WebhookDispatcher webhookDispatcher) {
        return new WebhookDeliveryJob(schedulerService, webhookDispatcher);
    }

    /**
     * Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: registers and schedules the daily
     * deletion of finished deliveries older than 30 days.
     */
    @Bean
    public WebhookRetentionJob webhookRetentionJob(
            SchedulerService schedulerService, AoWebhookOutbox webhookOutbox, Clock siteClock) {
        return new WebhookRetentionJob(schedulerService, new DeliveryRetention(webhookOutbox, siteClock));
    }

    @Bean
    public WebhookAdministration webhookAdministration(
            WebhookEndpointStore webhookEndpoints,
            AoWebhookOutbox webhookOutbox,
            WebhookTransport webhookTransport,
            TargetPolicy webhookTargetPolicy,
            WebhookBodies webhookBodies,
            Clock siteClock) {
        return new WebhookAdministration(
                webhookEndpoints, webhookOutbox, webhookTransport, webhookTargetPolicy, webhookBodies, siteClock);
    }
}
