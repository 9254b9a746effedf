package io.github.promisekeeper.preview;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.promisekeeper.ao.embedded.AoDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the preview keeps its data: H2 in a folder by default, or the PostgreSQL database given with --db. */
final class Database {

    static final String H2_NAME = "promise-keeper";

    private Database() {}

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

    static String describe(PreviewOptions options) {
        return options.jdbcUrl()
                .map(url -> "PostgreSQL at " + url)
                .orElseGet(
                        () -> "H2 in " + options.dataFolder().toAbsolutePath().normalize());
    }

    static boolean isNewH2(PreviewOptions options) {
        return options.jdbcUrl().isEmpty() && !Files.exists(options.dataFolder().resolve(H2_NAME + ".mv.db"));
    }

    static Path h2File(PreviewOptions options) {
        return options.dataFolder().resolve(H2_NAME + ".mv.db");
    }
}
