package io.github.promisekeeper.preview;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;
import com.zaxxer.hikari.HikariDataSource;
import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertListener;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.ticket.Tickets;
import io.github.promisekeeper.core.webhook.WebhookTransport;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.OpenableIssues;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.mail.AlertMailer;
import io.github.promisekeeper.jira.mail.CommitmentIssues;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.ticket.TicketsAsSearcher;
import io.github.promisekeeper.jira.webhook.http.JdkWebhookTransport;
import io.github.promisekeeper.preview.demo.DemoJira;
import io.github.promisekeeper.preview.demo.PreviewCommitments;
import io.github.promisekeeper.preview.demo.PreviewEpicDeliveries;
import io.github.promisekeeper.preview.demo.PreviewJqlSearch;
import io.github.promisekeeper.preview.demo.PreviewOpenableIssues;
import io.github.promisekeeper.preview.demo.PreviewTickets;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import net.java.ao.RawEntity;
import org.springframework.beans.BeansException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * The plugin's components as Jira would wire them: the beans of the plugin's own plugin-context.xml in a
 * Spring context, given the services it imports from Jira ({@link JiraServices}: Active Objects on a real
 * database migrated with the descriptor's entities, SAL's i18n and time zone, ...), and REST resources,
 * exception mappers and context providers created by constructor autowiring, as Jira's plugin framework does.
 */
final class PreviewApp implements AutoCloseable {

    private static final String SEED_AUTHOR = "preview-demo-data";

    private final PluginDescriptor descriptor;
    private final PropertiesI18n i18n;
    private final AnnotationConfigApplicationContext spring;
    private final Clock clock;
    private final String databaseDescription;
    private final boolean seeded;
    private final AoDatabase database;
    private final HikariDataSource connections;
    private final List<String> unavailable = new CopyOnWriteArrayList<>();
    private final VelocityViews views;
    private final ViewingAs viewingAs;
    private final DemoJira demoJira;
    private final PreviewMail mail;
    private final AlertChanges slipCheck;

    private PreviewApp(
            PluginDescriptor descriptor,
            PropertiesI18n i18n,
            AnnotationConfigApplicationContext spring,
            Clock clock,
            String databaseDescription,
            boolean seeded,
            AoDatabase database,
            HikariDataSource connections,
            ViewingAs viewingAs,
            DemoJira demoJira,
            PreviewMail mail,
            AlertChanges slipCheck) {
        this.mail = mail;
        this.slipCheck = slipCheck;
        this.database = database;
        this.connections = connections;
        this.viewingAs = viewingAs;
        this.demoJira = demoJira;
        this.views = new VelocityViews(descriptor.velocityAllowlist());
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.spring = spring;
        this.clock = clock;
        this.databaseDescription = databaseDescription;
        this.seeded = seeded;
    }

    /** Starts the app for {@code options}, served at {@code baseUrl} (the links its mails carry). */
    static PreviewApp start(PreviewOptions options, String baseUrl) {
        PluginDescriptor descriptor = PluginDescriptor.fromClassPath();
        PropertiesI18n i18n = new PropertiesI18n(descriptor.i18nResource());

        AoDatabase database = Database.of(options);
        boolean fresh = Database.isNewH2(options);
        if (options.reset() && !fresh) {
            database.dropTables(descriptor.aoNamespace());
        }
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        HikariDataSource connections = Database.pool(database);
        PreviewMail mail = new PreviewMail(baseUrl);
        try {
            ViewingAs viewingAs = new ViewingAs();
            ZoneId siteZone = ZoneId.systemDefault();
            LocalDate today = options.today().orElseGet(() -> LocalDate.now(siteZone));
            // The demo data is made for the day it was first seeded, so that a restart with a later --today finds the
            // same customers and commitments, a day older: what slipped in between is what the slip check reports.
            LocalDate demoDay = DemoDay.of(options, today, fresh || options.reset());
            List<Customer> customers = DemoPortfolio.customers(options.seed(), demoDay, options.scale());
            DemoJira demoJira = DemoJira.generate(
                    options.seed(), demoDay, siteZone, customers, options.ticketsFor(customers.size()));
            boolean seeded = wire(
                    options,
                    descriptor,
                    i18n,
                    database,
                    connections,
                    spring,
                    viewingAs,
                    siteZone,
                    customers,
                    demoJira,
                    mail);
            // The slip check for --today, as the daily job would run it: the first start records a baseline, a later
            // --today raises what slipped since. The demo Jira shows every issue to every searcher, so: anonymous.
            AlertChanges slipCheck = spring.getBean(SlipChecks.class).runAs(null);
            return new PreviewApp(
                    descriptor,
                    i18n,
                    spring,
                    spring.getBean(Clock.class),
                    Database.describe(options),
                    seeded,
                    database,
                    connections,
                    viewingAs,
                    demoJira,
                    mail,
                    slipCheck);
        } catch (RuntimeException | Error e) {
            try {
                mail.close();
                spring.close();
                connections.close();
                database.shutdown();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Migrates the database, builds the plugin's Spring context and seeds the demo data when due; true if it did. */
    private static boolean wire(
            PreviewOptions options,
            PluginDescriptor descriptor,
            PropertiesI18n i18n,
            AoDatabase database,
            DataSource connections,
            AnnotationConfigApplicationContext spring,
            ViewingAs viewingAs,
            ZoneId siteZone,
            List<Customer> demoCustomers,
            DemoJira demoJira,
            PreviewMail mail) {
        // The pool is closed by close(), after the Spring context, not by disposing the entity manager.
        EntityManagerActiveObjects activeObjects =
                new EntityManagerActiveObjects(database.entityManager(descriptor.aoNamespace(), connections, () -> {}));
        activeObjects.migrate(entities(descriptor));

        JiraServices jira = new JiraServices(
                activeObjects,
                i18n,
                siteZone,
                viewingAs,
                new VelocityTemplateRenderer(new VelocityViews(descriptor.velocityAllowlist())));
        PluginSpringContext pluginContext = PluginSpringContext.fromClassPath();
        // The services plugin-context.xml imports from Jira, under the same bean names.
        for (PluginSpringContext.Reference reference : pluginContext.references()) {
            Class<?> type = load(reference.interfaceName());
            registerService(
                    spring, reference.id(), type, mail.provides(type) ? mail.service(type) : jira.serviceFor(type));
        }
        // A bean registered before the configuration classes replaces their @Bean method of the same name.
        // The demo Jira offers every optional service; in Jira, Gemini reports each one it binds.
        spring.registerBean(
                "jiraServiceAvailability",
                JiraServiceAvailability.class,
                JiraServiceAvailability::all,
                definition -> definition.setPrimary(true));
        options.today()
                .ifPresent(today -> spring.registerBean(
                        "siteClock",
                        Clock.class,
                        () -> Clock.fixed(today.atStartOfDay(siteZone).toInstant(), siteZone),
                        definition -> definition.setPrimary(true)));
        // The Jira-side ports, over the demo Jira, under the names of the plugin's own @Bean methods they replace.
        spring.registerBean(
                "jqlSearch",
                JqlSearch.class,
                () -> new PreviewJqlSearch(
                        spring.getBean(SearchService.class), spring.getBean(JiraAuthenticationContext.class)),
                definition -> definition.setPrimary(true));
        spring.registerBean(
                "tickets",
                Tickets.class,
                () -> new PreviewTickets(demoJira),
                definition -> definition.setPrimary(true));
        spring.registerBean(
                "ticketsAsSearcher",
                TicketsAsSearcher.class,
                () -> searcher -> spring.getBean(Tickets.class),
                definition -> definition.setPrimary(true));
        spring.registerBean(
                "epicDeliveries",
                EpicDeliveries.class,
                () -> new PreviewEpicDeliveries(demoJira),
                definition -> definition.setPrimary(true));
        spring.registerBean(
                "commitments",
                PreviewCommitments.class,
                () -> new PreviewCommitments(demoJira),
                definition -> definition.setPrimary(true));
        spring.registerBean(
                "readsAsSearcher",
                ReadsAsSearcher.class,
                () -> PreviewCommitments.forEverySearcher(
                        spring.getBean(PreviewCommitments.class), spring.getBean(EpicDeliveries.class)),
                definition -> definition.setPrimary(true));
        // Mail goes to the preview's own SMTP server (its Outbox page), about the demo Jira's commitments.
        spring.registerBean("mailOut", MailOut.class, () -> mail, definition -> definition.setPrimary(true));
        spring.registerBean(
                "commitmentIssues",
                CommitmentIssues.class,
                () -> mail.commitmentIssues(spring.getBean(JqlSearch.class), demoJira),
                definition -> definition.setPrimary(true));
        // Webhooks go out through the JDK's HttpClient here: SAL's outbound HTTP needs Jira.
        spring.registerBean(
                "webhookTransport",
                WebhookTransport.class,
                JdkWebhookTransport::new,
                definition -> definition.setPrimary(true));
        // "What changed" reads the slip check's stored alerts as the viewer may open the issues they name: in the demo
        // Jira, every demo issue.
        spring.registerBean(
                "openableIssues",
                OpenableIssues.class,
                () -> new PreviewOpenableIssues(demoJira),
                definition -> definition.setPrimary(true));
        // The slip check runs at start-up here; the daily job's scheduling needs Jira's scheduler.
        spring.registerBean(
                "slipCheckJob",
                SlipCheckJob.class,
                () -> new PreviewSlipCheckJob(
                        spring.getBean(SchedulerService.class),
                        spring.getBean(SlipChecks.class),
                        spring.getBean(AlertSettingsStore.class),
                        spring.getBean(Clock.class)),
                definition -> definition.setPrimary(true));
        pluginContext.beanClasses().forEach(name -> spring.register(load(name)));
        // Only what the preview's pages and REST resources use gets built: beans that need Jira itself stay unbuilt.
        spring.addBeanFactoryPostProcessor(factory -> {
            for (String name : factory.getBeanDefinitionNames()) {
                factory.getBeanDefinition(name).setLazyInit(true);
            }
        });
        spring.refresh();

        Clock clock = spring.getBean(Clock.class);
        Customers customers = spring.getBean(Customers.class);
        boolean seed = options.reset() || customers.matching("", 0, 1).total() == 0;
        if (seed) {
            Change change = Change.onAdminPage(SEED_AUTHOR, clock.instant());
            for (Customer customer : demoCustomers) {
                customers.upsert(customer, change);
            }
        }
        demoSettings(spring.getBean(SettingsStore.class));
        // As if the plugin's Jira setup had created the Customer field: the issue pages' issues hold demo customers in
        // it.
        spring.getBean(PluginSettingsFactory.class)
                .createGlobalSettings()
                .put(JiraServices.CUSTOMER_FIELD_SETTING, JiraServices.CUSTOMER_FIELD_ID.toString());
        return seed;
    }

    /**
     * The settings an admin would make for the demo: the finance demo user's group sees money, and the demo's
     * currencies have rates into the reporting currency (illustrative, not market rates).
     */
    private static void demoSettings(SettingsStore settings) {
        PromiseKeeperSettings current = settings.current();
        Set<String> finance = new LinkedHashSet<>(current.groups().financeGroups());
        finance.add(DemoUser.FINANCE_GROUP);
        Map<String, BigDecimal> rates = new LinkedHashMap<>(Map.of(
                "EUR",
                new BigDecimal("1.08"),
                "GBP",
                new BigDecimal("1.27"),
                "CHF",
                new BigDecimal("1.13"),
                "JPY",
                new BigDecimal("0.0067")));
        rates.putAll(current.rates());
        rates.remove(current.reportingCurrency());
        settings.save(new PromiseKeeperSettings(
                current.defaultDays(),
                current.basis(),
                current.reportingCurrency(),
                rates,
                new AccessGroups(
                        current.groups().readerGroups(),
                        finance,
                        current.groups().editorGroups())));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) {
        return descriptor.aoEntities().stream().map(PreviewApp::load).toArray(Class[]::new);
    }

    private static <T> void registerService(
            AnnotationConfigApplicationContext spring, String id, Class<T> type, Object service) {
        spring.registerBean(id, type, () -> type.cast(service));
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is named by the plugin but is not on the class path", e);
        }
    }

    PluginDescriptor descriptor() {
        return descriptor;
    }

    PropertiesI18n i18n() {
        return i18n;
    }

    ViewingAs viewingAs() {
        return viewingAs;
    }

    DemoJira demoJira() {
        return demoJira;
    }

    /** A servlet module's class, built by constructor autowiring from the plugin's Spring context as Jira does. */
    HttpServlet servlet(PluginDescriptor.Servlet servlet) {
        try {
            return (HttpServlet) create(Class.forName(servlet.className()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Servlet class of " + servlet.key() + " is not on the class path", e);
        }
    }

    /** A bean of the plugin's Spring context, or a class built by constructor autowiring from it. */
    <T> T create(Class<T> type) {
        return spring.getAutowireCapableBeanFactory().createBean(type);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the slip check raised and resolved at start-up, for --today. */
    AlertChanges slipCheck() {
        return slipCheck;
    }

    String databaseDescription() {
        return databaseDescription;
    }

    boolean seeded() {
        return seeded;
    }

    /** One instance of each {@code @Path} and {@code @Provider} class of the descriptor's REST packages, constructor-autowired. */
    List<Object> restResources() {
        List<Object> resources = new ArrayList<>();
        descriptor.restPackages().stream()
                .flatMap(name -> ClassPathPackage.classesIn(name).stream())
                .filter(type -> type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))
                .forEach(type -> {
                    try {
                        resources.add(spring.getAutowireCapableBeanFactory().createBean(type));
                    } catch (BeansException e) {
                        // A resource that needs Jira itself is left out; the rest of the API still runs.
                        unavailable.add(type.getSimpleName() + ": " + rootMessage(e));
                    }
                });
        return resources;
    }

    /** What the preview could not build because it needs Jira, one line each. */
    List<String> unavailable() {
        return List.copyOf(unavailable);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** A dashboard item's server-side view: its Velocity template rendered with its context provider's map. */
    String renderView(PluginDescriptor.DashboardItem item) {
        return views.render(item.viewLocation(), dashboardItemContext(item));
    }

    /**
     * A web panel on an issue view, as Jira shows it: empty when its condition says it has nothing to say,
     * else its Velocity view rendered with its context provider's map for {@code context} (which holds the issue).
     */
    Optional<String> renderPanel(PluginDescriptor.WebPanel panel, Map<String, Object> context) {
        try {
            Object provider =
                    spring.getAutowireCapableBeanFactory().createBean(Class.forName(panel.contextProviderClass()));
            // As in Jira, the condition and the context provider see the same context map.
            Map<String, Object> shared = new HashMap<>(context);
            if (panel.conditionClass().isPresent()) {
                Object condition = panel.conditionClass().get().equals(panel.contextProviderClass())
                        ? provider
                        : spring.getAutowireCapableBeanFactory()
                                .createBean(Class.forName(panel.conditionClass().get()));
                ((Condition) condition).init(Map.of());
                if (!((Condition) condition).shouldDisplay(shared)) {
                    return Optional.empty();
                }
            }
            ((ContextProvider) provider).init(Map.of());
            return Optional.of(views.render(panel.viewLocation(), ((ContextProvider) provider).getContextMap(shared)));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Web panel class of " + panel.key() + " is not on the class path", e);
        }
    }

    /** The Velocity context a dashboard item's view gets from its context provider. */
    private Map<String, Object> dashboardItemContext(PluginDescriptor.DashboardItem item) {
        try {
            Class<?> type = Class.forName(item.contextProviderClass());
            ContextProvider provider =
                    (ContextProvider) spring.getAutowireCapableBeanFactory().createBean(type);
            provider.init(Map.of());
            return provider.getContextMap(new HashMap<>());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "Context provider " + item.contextProviderClass() + " is not on the class path", e);
        }
    }

    @Override
    public void close() {
        try {
            spring.close();
        } finally {
            try {
                connections.close();
            } finally {
                try {
                    database.shutdown();
                } finally {
                    mail.close();
                }
            }
        }
    }

    /** The preview's mail: its SMTP server and what the Outbox page shows. */
    PreviewMail mail() {
        return mail;
    }

    /**
     * The plugin's {@link AlertListener} (the immediate mail of slips) as the preview wires it, sending to the
     * Outbox: what a slip check run by the preview hands the alerts it stored.
     */
    public AlertListener alertListener() {
        return spring.getBean(AlertMailer.class);
    }
}
