package io.github.promisekeeper.preview;

import io.github.promisekeeper.core.alert.AlertChanges;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The preview's web server: Jetty 12 on the loopback interface, serving under Jira's usual context path
 * {@code /jira} the plugin's REST resources (Jersey), its dashboard item on a dashboard page, and the
 * plugin's and the page's scripts and styles.
 */
public final class PreviewServer implements AutoCloseable {

    public static final String CONTEXT_PATH = "/jira";
    /** Jersey logs through java.util.logging; kept here so the level setting is not garbage-collected. */
    private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

    static {
        JERSEY_LOG.setLevel(Level.SEVERE);
    }

    private final PreviewApp app;
    private final Server server;

    private PreviewServer(PreviewApp app, Server server) {
        this.app = app;
        this.server = server;
    }

    public static PreviewServer start(PreviewOptions options) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        // Bound before the app starts (port 0 picks a free one only now), so that the mails its start-up slip check
        // sends already link back at this port; the server's start keeps the open connector.
        connector.open();
        PreviewApp app;
        try {
            app = PreviewApp.start(options, "http://localhost:" + connector.getLocalPort() + CONTEXT_PATH);
        } catch (RuntimeException | Error e) {
            connector.close();
            throw e;
        }
        try {

            ServletContextHandler jira = new ServletContextHandler(CONTEXT_PATH);
            jira.addFilter(new FilterHolder(app.viewingAs()), "/*", EnumSet.of(DispatcherType.REQUEST));
            PluginDescriptor descriptor = app.descriptor();
            ResourceConfig rest = new ResourceConfig();
            rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            app.restResources().forEach(rest::register);
            jira.addServlet(
                    new ServletHolder("rest", new ServletContainer(rest)),
                    "/rest" + descriptor.restPath() + "/" + descriptor.restVersion() + "/*");
            jira.addServlet(
                    new ServletHolder("downloads", new PluginDownloadsServlet(descriptor)), "/download/resources/*");
            jira.addServlet(new ServletHolder("preview-web", new PreviewAssetsServlet(app.i18n())), "/preview-web/*");
            jira.addServlet(
                    new ServletHolder("dashboard-item-views", new DashboardItemViewServlet(app)),
                    "/preview/dashboard-items/*");
            jira.addServlet(new ServletHolder("browse", new IssuePageServlet(app)), "/browse/*");
            jira.addServlet(new ServletHolder("outbox", new OutboxPageServlet(app.mail())), "/preview/outbox");
            for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
                jira.addServlet(
                        new ServletHolder(servlet.key(), new PluginServletPage(app, servlet)),
                        "/plugins/servlet" + servlet.urlPattern());
            }
            jira.addServlet(new ServletHolder("dashboard", new DashboardPageServlet(app)), "/");

            ServletContextHandler root = new ServletContextHandler("/");
            root.addServlet(new ServletHolder("to-jira", new RedirectServlet(CONTEXT_PATH + "/")), "/");

            server.setHandler(new ContextHandlerCollection(jira, root));
            server.start();
            return new PreviewServer(app, server);
        } catch (Exception | Error e) {
            app.close();
            connector.close();
            throw e;
        }
    }

    /** The preview application this server shows (its Spring context, demo data and mail). */
    PreviewApp app() {
        return app;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The Outbox page, e.g. {@code http://localhost:8080/jira/preview/outbox}. */
    public URI outboxUrl() {
        return URI.create("http://localhost:" + port() + CONTEXT_PATH + "/preview/outbox");
    }

    /** The admin page, e.g. {@code http://localhost:8080/jira/plugins/servlet/promise-keeper/admin}. */
    public URI adminPageUrl() {
        return URI.create(
                "http://localhost:" + port() + PreviewServer.CONTEXT_PATH + "/plugins/servlet/promise-keeper/admin");
    }

    /** The dashboard page, e.g. {@code http://localhost:8080/jira/}. */
    public URI dashboardUrl() {
        return URI.create("http://localhost:" + port() + CONTEXT_PATH + "/");
    }

    public LocalDate today() {
        return app.today();
    }

    public String databaseDescription() {
        return app.databaseDescription();
    }

    /** The parts of the plugin that need Jira itself and were left out, one line each. */
    public List<String> unavailable() {
        return app.unavailable();
    }

    public boolean seeded() {
        return app.seeded();
    }

    /** What the slip check raised and resolved when the preview started, for its --today. */
    public AlertChanges slipCheck() {
        return app.slipCheck();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the preview's web server", e);
        } finally {
            app.close();
        }
    }
}
