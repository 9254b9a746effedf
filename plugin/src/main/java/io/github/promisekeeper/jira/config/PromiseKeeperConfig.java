package io.github.promisekeeper.jira.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.UpcomingRenewals;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.platform.SiteClock;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The plugin's foundation components (site clock, JSON, Jira service availability, customer storage and the
 * renewals read from it), built with constructor injection; {@link JiraIntegrationConfig} and
 * {@link RestApiConfig} build the rest on them. Jira's services (ActiveObjects, SAL) are imported as OSGi
 * references in META-INF/spring/plugin-context.xml and arrive as parameters.
 * REST resources and context providers are created by Jira's plugin framework, which autowires their
 * constructors from the beans of all three.
 */
@Configuration(proxyBeanMethods = false)
public class PromiseKeeperConfig {

    /**
     * Tracks the optional OSGi references: plugin-context.xml names this bean in their
     * {@code reference-listener}s, so it must exist before them and depend on nothing.
     */
    @Bean
    public JiraServiceAvailability jiraServiceAvailability() {
        return new JiraServiceAvailability();
    }

    @Bean
    public Clock siteClock(TimeZoneManager timeZoneManager, JiraServiceAvailability jiraServiceAvailability) {
        return new SiteClock(timeZoneManager, jiraServiceAvailability);
    }

    @Bean
    public Json json() {
        return new Json();
    }

    @Bean
    public JsonResponses jsonResponses(Json json) {
        return new JsonResponses(json);
    }

    @Bean
    public Customers customers(ActiveObjects activeObjects) {
        return new AoCustomers(activeObjects);
    }

    @Bean
    public UpcomingRenewals upcomingRenewals(Customers customers, Clock siteClock) {
        return new UpcomingRenewals(customers, siteClock);
    }
}
