package io.github.promisekeeper.preview;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.promisekeeper.ao.embedded.AoDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Where the preview keeps its data: H2 in a folder by default, or the PostgreSQL database given with --db. */
final class Database {

    static final String H2_NAME = "promise-keeper";

    private Database() {
    }

    static AoDatabase of(PreviewOptions options) {
        if (options.jdbcUrl().isPresent()) {
            return new AoDatabase(options.jdbcUrl().get(), options.dbUser(), options.dbPassword());
        }
        try {
            Files.createDirectories(options.dataFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + options.dataFolder(), e);
        }
        return AoDatabase.h2InFolder(options.dataFolder(), H2_NAME);
    }

    /**
     * A pool of connections to {@code database} for Active Objects, as Jira gives AO its pooled data source
     * (opening a connection per unit of work costs more than most of the preview's queries). Close it before
     * {@link AoDatabase#shutdown()}.
     */
    static HikariDataSource pool(AoDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("promise-keeper-preview");
        config.setJdbcUrl(database.url());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(POOL_SIZE);
        return new HikariDataSource(config);
    }

    /** Enough for the preview's Jetty threads on a laptop; Jira's own default pool is 20. */
    static final int POOL_SIZE = 8;

    /** Drops the app's tables ({@code AO_xxxxxx_*} of its namespace), leaving anything else alone. */
    static void dropAppTables(AoDatabase database, String aoNamespace) {
        String prefix = AoDatabase.tablePrefix(aoNamespace);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData()
                    .getTables(null, connection.getSchema(), prefix + "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (table.startsWith(prefix)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the app's tables in " + database, e);
        }
    }

    static String describe(PreviewOptions options) {
        return options.jdbcUrl().map(url -> "PostgreSQL at " + url)
                .orElseGet(() -> "H2 in " + options.dataFolder().toAbsolutePath().normalize());
    }

    static boolean isNewH2(PreviewOptions options) {
        return options.jdbcUrl().isEmpty() && !Files.exists(options.dataFolder().resolve(H2_NAME + ".mv.db"));
    }

    static Path h2File(PreviewOptions options) {
        return options.dataFolder().resolve(H2_NAME + ".mv.db");
    }
}
