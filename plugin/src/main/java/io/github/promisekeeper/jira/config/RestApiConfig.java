package io.github.promisekeeper.jira.config;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.user.UserManager;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.importer.CustomerImport;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.permission.AccessGroupsSource;
import io.github.promisekeeper.jira.permission.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The components of the REST API, the import and permissions, built with constructor injection from
 * the beans of {@link PromiseKeeperConfig} and the Jira services imported in plugin-context.xml.
 */
@Configuration(proxyBeanMethods = false)
public class RestApiConfig {

    /** Until the settings page stores groups, the defaults apply: licensed users read, jira-administrators see money. */
    @Bean
    public AccessGroupsSource accessGroupsSource() {
        return AccessGroups::defaults;
    }

    @Bean
    public Permissions permissions(UserManager userManager, AccessGroupsSource accessGroupsSource) {
        return new Permissions(userManager, accessGroupsSource);
    }

    @Bean
    public CustomerImport customerImport(Customers customers, ClusterLockService clusterLockService, Clock siteClock) {
        return new CustomerImport(customers, clusterLockService, siteClock, CustomerImport.Limits.DEFAULT);
    }
}
