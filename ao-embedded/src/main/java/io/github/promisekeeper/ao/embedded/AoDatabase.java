package io.github.promisekeeper.ao.embedded;

import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.Disposable;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.atlassian.TablePrefix;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database that Active Objects 6.1.1 runs on outside Jira, named by its JDBC URL and credentials: H2 2.x
 * (in memory or in a folder) or PostgreSQL. {@link #entityManager(String)} builds the {@link EntityManager}
 * the way Jira's AO plugin does: Atlassian's table, field, sequence, trigger, index and unique-constraint
 * name converters, and the {@code AO_xxxxxx_} table prefix of the {@code <ao>} module's namespace.
 */
public record AoDatabase(String url, String user, String password) {

    /** H2 keeps an in-memory database only while a connection is open unless told otherwise. */
    private static final String H2_OPTIONS = ";DB_CLOSE_DELAY=-1";

    public AoDatabase {
        Objects.requireNonNull(url, "JDBC URL");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "Only H2 (jdbc:h2:…) and PostgreSQL (jdbc:postgresql:…) are supported, not " + url);
        }
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY")) {
            url = url + H2_OPTIONS;
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** A new, empty, private H2 database in memory, alive until the JVM exits. */
    public static AoDatabase h2InMemory() {
        return new AoDatabase("jdbc:h2:mem:ao-" + UUID.randomUUID(), "sa", "");
    }

    /** An H2 database kept in files {@code <folder>/<name>.mv.db}; created on first connection. */
    public static AoDatabase h2InFolder(Path folder, String name) {
        return new AoDatabase("jdbc:h2:file:" + folder.toAbsolutePath().resolve(name), "sa", "");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** {@code AO_} + the last six hex digits of the namespace's MD5, upper case, as the AO plugin names tables. */
    public static String tablePrefix(String aoNamespace) {
        try {
            String md5 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(aoNamespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + md5.substring(md5.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity manager whose tables are named as Jira names those of the {@code <ao namespace=…>} module. */
    public EntityManager entityManager(String aoNamespace) {
        String prefix = tablePrefix(aoNamespace);
        TablePrefix tablePrefix = name -> prefix + name;
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
                EntityManagerBuilder.url(url).username(user).password(password);
        if (isH2()) {
            // H2 2.x reports no current schema the way AO 6.1.1 expects; name it.
            builder = builder.schema("PUBLIC");
        }
        return builder.none()
                .tableNameConverter(new AtlassianTableNameConverter(tablePrefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /**
     * An entity manager like {@link #entityManager(String)}, but taking its connections from {@code connections}
     * (a pool for this database's URL and credentials, as Jira hands Active Objects its pooled data source)
     * instead of opening one per unit of work; disposing the entity manager's provider runs {@code whenDisposed}
     * (closing the pool, say). Tables are named in the schema as {@link #entityManager(String)} names it:
     * {@code PUBLIC} for H2, none (the connection's search path) for PostgreSQL.
     */
    public EntityManager entityManager(String aoNamespace, DataSource connections, Disposable whenDisposed) {
        return entityManager(aoNamespace, isH2() ? "PUBLIC" : null, connections, whenDisposed);
    }

    /**
     * Like {@link #entityManager(String, DataSource, Disposable)}, with every table name qualified by
     * {@code schema} in the SQL Active Objects writes ({@code public."AO_18E270_CUSTOMER"}); {@code null} leaves
     * names unqualified on PostgreSQL. H2 needs {@code PUBLIC}.
     */
    public EntityManager entityManager(
            String aoNamespace, String schema, DataSource connections, Disposable whenDisposed) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(whenDisposed, "whenDisposed");
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(connections, whenDisposed);
        String prefix = tablePrefix(aoNamespace);
        TablePrefix tablePrefix = name -> prefix + name;
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(tablePrefix),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        // What EntityManagerBuilder's build() configures: a strong entity cache, the default schema configuration
        // and the caching entity-info resolver.
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        SchemaConfiguration schemaConfiguration = new DefaultSchemaConfiguration();
        EntityManagerConfiguration configuration = new EntityManagerConfiguration() {
            @Override
            @SuppressWarnings("deprecation") // AO 6.1.1's interface still declares it; the builder implements it too
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schemaConfiguration;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        };
        return new EntityManager(
                isH2()
                        ? new H2DatabaseProvider(dataSource, schema)
                        : new PostgreSQLDatabaseProvider(dataSource, schema),
                configuration);
    }

    /** The {@code ActiveObjects} service over {@link #entityManager(String)}. */
    public EntityManagerActiveObjects activeObjects(String aoNamespace) {
        return new EntityManagerActiveObjects(entityManager(aoNamespace));
    }

    /**
     * Drops the tables of {@code aoNamespace} ({@code AO_xxxxxx_*}) in the connection's schema, leaving every
     * other table alone: a fresh start for the preview's {@code --reset} and the storage benchmark.
     */
    public void dropTables(String aoNamespace) {
        String prefix = tablePrefix(aoNamespace);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection
                    .getMetaData()
                    .getTables(null, connection.getSchema(), prefix + "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    // The pattern's _ matches any character: keep exactly this prefix.
                    if (table.startsWith(prefix)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the tables of " + aoNamespace + " in " + this, e);
        }
    }

    /**
     * Closes an H2 database (which {@code DB_CLOSE_DELAY=-1} otherwise keeps open until the JVM exits), so
     * that its files are complete and the next connection reads them again; nothing for PostgreSQL.
     */
    public void shutdown() {
        if (!isH2()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not shut down " + this, e);
        }
    }

    @Override
    public String toString() {
        return "AoDatabase[" + url + ", user " + user + "]";
    }
}
