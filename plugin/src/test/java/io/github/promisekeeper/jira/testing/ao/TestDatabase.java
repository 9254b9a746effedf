package io.github.promisekeeper.jira.testing.ao;

import io.github.promisekeeper.ao.embedded.AoDatabase;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.TablePrefix;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases the storage tests run on through the real Active Objects 6.1.1 library, built by
 * {@link AoDatabase} with Atlassian's name converters and the table prefix of the plugin's AO namespace.
 *
 * <p>PostgreSQL comes from {@code PK_TEST_PG_URL}, {@code PK_TEST_PG_USER} and
 * {@code PK_TEST_PG_PASSWORD}. Without a URL its tests are skipped with a message, except in CI
 * ({@code CI=true}), where a missing database is a failure.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    /** The {@code namespace} of the plugin's {@code <ao>} module. */
    public static final String AO_NAMESPACE = "io.github.promisekeeper";

    /** {@code AO_} + the hash of the plugin's AO namespace, as the tables are named in Jira. */
    public static String tablePrefix() {
        return AoDatabase.tablePrefix(AO_NAMESPACE);
    }

    public static TablePrefix atlassianPrefix() {
        String prefix = tablePrefix();
        return name -> prefix + name;
    }

    /** A new, empty database (H2) or the configured one emptied of this plugin's tables (PostgreSQL). */
    public EntityManager freshEntityManager() {
        Jdbc jdbc = jdbc();
        if (this == POSTGRESQL) {
            dropPluginTables(jdbc);
        }
        return new AoDatabase(jdbc.url(), jdbc.user(), jdbc.password()).entityManager(AO_NAMESPACE);
    }

    /** Where to connect; for PostgreSQL, skips or fails the calling test when none is configured. */
    public Jdbc jdbc() {
        if (this == H2) {
            return new Jdbc("jdbc:h2:mem:pk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String url = System.getenv("PK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "PostgreSQL storage tests need PK_TEST_PG_URL, PK_TEST_PG_USER and PK_TEST_PG_PASSWORD"
                    + " (see .ci/run for how CI starts a throwaway server)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true, so a missing database is a failure.");
            }
            Assumptions.abort("Skipped: " + message + ".");
        }
        return new Jdbc(
                url,
                System.getenv().getOrDefault("PK_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("PK_TEST_PG_PASSWORD", ""));
    }

    private static void dropPluginTables(Jdbc jdbc) {
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name LIKE 'AO\\_%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the PostgreSQL test database at " + jdbc.url(), e);
        }
    }

    /** A JDBC URL with its credentials. */
    public record Jdbc(String url, String user, String password) {}
}
