package io.github.promisekeeper.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.config.PromiseKeeperConfig;
import jakarta.ws.rs.Path;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The plugin's components as Jira would wire them: the plugin's own {@link PromiseKeeperConfig} in a Spring
 * context, given the services Jira provides (Active Objects on a real database, SAL's i18n and time zone),
 * and REST resources and context providers created by constructor autowiring, as Jira's plugin framework does.
 */
final class PreviewApp implements AutoCloseable {

    private static final String SEED_AUTHOR = "preview-demo-data";

    private final PluginDescriptor descriptor;
    private final PropertiesI18n i18n;
    private final AnnotationConfigApplicationContext spring;
    private final Clock clock;
    private final String databaseDescription;
    private final boolean seeded;

    private PreviewApp(PluginDescriptor descriptor, PropertiesI18n i18n, AnnotationConfigApplicationContext spring,
                       Clock clock, String databaseDescription, boolean seeded) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.spring = spring;
        this.clock = clock;
        this.databaseDescription = databaseDescription;
        this.seeded = seeded;
    }

    static PreviewApp start(PreviewOptions options) {
        PluginDescriptor descriptor = PluginDescriptor.fromClassPath();
        PropertiesI18n i18n = new PropertiesI18n(descriptor.i18nResource());

        AoDatabase database = Database.of(options);
        boolean fresh = Database.isNewH2(options);
        if (options.reset() && !fresh) {
            Database.dropAppTables(database, descriptor.aoNamespace());
        }
        EntityManagerActiveObjects activeObjects = database.activeObjects(descriptor.aoNamespace());
        activeObjects.migrate(DataModel.entities());

        ZoneId siteZone = ZoneId.systemDefault();
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        // The services plugin-context.xml imports from Jira, under the same bean names.
        spring.registerBean("activeObjects", ActiveObjects.class, () -> activeObjects);
        spring.registerBean("i18nResolver", I18nResolver.class, () -> i18n);
        spring.registerBean("timeZoneManager", TimeZoneManager.class, () -> new FixedTimeZoneManager(siteZone));
        options.today().ifPresent(today -> spring.registerBean("siteClock", Clock.class,
                () -> Clock.fixed(today.atStartOfDay(siteZone).toInstant(), siteZone)));
        spring.register(PromiseKeeperConfig.class);
        spring.refresh();

        Clock clock = spring.getBean(Clock.class);
        Customers customers = spring.getBean(Customers.class);
        boolean seed = options.reset() || customers.matching("", 0, 1).total() == 0;
        if (seed) {
            Change change = Change.onAdminPage(SEED_AUTHOR, clock.instant());
            for (Customer customer : DemoPortfolio.customers(options.seed(), LocalDate.now(clock))) {
                customers.upsert(customer, change);
            }
        }
        return new PreviewApp(descriptor, i18n, spring, clock, Database.describe(options), seed);
    }

    PluginDescriptor descriptor() {
        return descriptor;
    }

    PropertiesI18n i18n() {
        return i18n;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String databaseDescription() {
        return databaseDescription;
    }

    boolean seeded() {
        return seeded;
    }

    /** One instance of each {@code @Path} class of the descriptor's REST package, constructor-autowired. */
    List<Object> restResources() {
        return ClassPathPackage.classesIn(descriptor.restPackage()).stream()
                .filter(type -> type.isAnnotationPresent(Path.class))
                .map(type -> (Object) spring.getAutowireCapableBeanFactory().createBean(type))
                .toList();
    }

    /** The Velocity context a dashboard item's view gets from its context provider. */
    Map<String, Object> dashboardItemContext(PluginDescriptor.DashboardItem item) {
        try {
            Class<?> type = Class.forName(item.contextProviderClass());
            ContextProvider provider = (ContextProvider) spring.getAutowireCapableBeanFactory().createBean(type);
            provider.init(Map.of());
            return provider.getContextMap(new HashMap<>());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Context provider " + item.contextProviderClass() + " is not on the class path", e);
        }
    }

    @Override
    public void close() {
        spring.close();
    }

    /** SAL's time zone service for a site whose zone is the machine's. */
    private record FixedTimeZoneManager(ZoneId zone) implements TimeZoneManager {
        @Override
        public TimeZone getUserTimeZone() {
            return TimeZone.getTimeZone(zone);
        }

        @Override
        public TimeZone getDefaultTimeZone() {
            return TimeZone.getTimeZone(zone);
        }
    }
}
