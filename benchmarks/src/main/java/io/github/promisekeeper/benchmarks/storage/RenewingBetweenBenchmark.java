package io.github.promisekeeper.benchmarks.storage;

import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;
import io.github.promisekeeper.jira.customer.ao.ContractEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerEntity;
import io.github.promisekeeper.jira.customer.ao.CustomerReadModel;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Times {@code Customers.renewingBetween} on PostgreSQL with 100,000 customers and 200,000 contracts:
 * through {@link AoCustomers} on the real Active Objects 6.1.1 library, and as the same SQL in raw JDBC
 * (same text, so same columns and same {@code (NEXT_RENEWAL, CUSTOMER_KEY)} index; each customer decoded
 * from the derived {@code READ_MODEL} column by the same {@link CustomerReadModel#decode}), on the same
 * data and connection, in one run.
 *
 * <p>Not a test: run it by hand (see docs/benchmarks.md). Both paths share one physical connection, as
 * Jira's pooled data source would give them. The database is the one the storage tests use,
 * {@code PK_TEST_PG_URL}, {@code PK_TEST_PG_USER} and {@code PK_TEST_PG_PASSWORD} (as
 * {@code build-support/test-postgres.sh start} exports them); the plugin's tables there are dropped first.
 */
public final class RenewingBetweenBenchmark {

    /** The {@code namespace} of the plugin's {@code <ao>} module, which names its tables {@code AO_18E270_*}. */
    private static final String AO_NAMESPACE = "io.github.promisekeeper";
    /**
     * Active Objects qualifies every table with this schema, as in the recorded runs: {@code public."AO_18E270_CUSTOMER"}
     * in the SQL below.
     */
    private static final String SCHEMA = "public";
    /** Customers loaded; {@code -Dbenchmark.customers=} loads fewer to try the benchmark out (the recorded runs use the default). */
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    /** Iterations per row; {@code -Dbenchmark.warmup=} and {@code -Dbenchmark.measured=} shorten a run while iterating (the recorded runs use the defaults). */
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 300);

    private static final int MEASURED = Integer.getInteger("benchmark.measured", 2_000);
    /**
     * {@code -Dbenchmark.sameWindow=true} asks for one window over and over, as the radar and the JQL function
     * do within a day (Active Objects then reuses its processed SQL condition); by default each call asks for
     * a random window.
     */
    private static final boolean SAME_WINDOW = Boolean.getBoolean("benchmark.sameWindow");
    /** Page sizes measured; {@code -Dbenchmark.limits=100} measures one while iterating. */
    private static final int[] LIMITS = Arrays.stream(
                    System.getProperty("benchmark.limits", "100,1000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    public static void main(String[] args) throws Exception {
        AoDatabase database = postgreSql();
        database.dropTables(AO_NAMESPACE);
        Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
        DataSource poolOfOne = sharing(connection);
        EntityManager entityManager = database.entityManager(AO_NAMESPACE, SCHEMA, poolOfOne, () -> {});
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        ao.migrate(DataModel.entities());
        String customerTable = table(entityManager, CustomerEntity.class);
        String contractTable = table(entityManager, ContractEntity.class);
        load(connection, customerTable, contractTable);

        AoCustomers customers = new AoCustomers(ao);
        // Through the same kind of disposable wrapper Active Objects borrows from, so neither side has one hop more.
        RawJdbc raw =
                new RawJdbc(DelegatingDisposableDataSourceHandler.newInstance(poolOfOne, () -> {}), customerTable);
        StringBuilder report = new StringBuilder();
        for (int limit : LIMITS) {
            for (int days : new int[] {30, 90}) {
                long[] viaAo = new long[MEASURED];
                long[] viaJdbc = new long[MEASURED];
                Random random = new Random(42);
                for (int i = 0; i < WARMUP + MEASURED; i++) {
                    LocalDate from = TODAY.plusDays(SAME_WINDOW ? 180 : random.nextInt(900));
                    LocalDate to = from.plusDays(days);
                    // Alternate which path goes first so neither always meets a warmer cache.
                    long ao1 = 0;
                    long jdbc1;
                    List<Customer> a;
                    List<Customer> b;
                    if (i % 2 == 0) {
                        long t0 = System.nanoTime();
                        a = customers.renewingBetween(from, to, limit);
                        long t1 = System.nanoTime();
                        b = raw.renewingBetween(from, to, limit);
                        long t2 = System.nanoTime();
                        ao1 = t1 - t0;
                        jdbc1 = t2 - t1;
                    } else {
                        long t0 = System.nanoTime();
                        b = raw.renewingBetween(from, to, limit);
                        long t1 = System.nanoTime();
                        a = customers.renewingBetween(from, to, limit);
                        long t2 = System.nanoTime();
                        jdbc1 = t1 - t0;
                        ao1 = t2 - t1;
                    }
                    if (!a.equals(b) || a.isEmpty()) {
                        throw new IllegalStateException("AO and JDBC disagree for " + from + ".." + to);
                    }
                    if (i >= WARMUP) {
                        viaAo[i - WARMUP] = ao1;
                        viaJdbc[i - WARMUP] = jdbc1;
                    }
                }
                report.append(row(days, limit, viaAo, viaJdbc));
            }
        }
        System.out.println("| window | limit | AO p50 | AO p95 | JDBC p50 | JDBC p95 | p50 ratio | p95 ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.print(report);
        explain(
                connection,
                "EXPLAIN (ANALYZE, BUFFERS) "
                        + RawJdbc.PAGE_QUERY.formatted(
                                customerTable, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 30), 1000));
        connection.close();
    }

    private static String row(int days, int limit, long[] viaAo, long[] viaJdbc) {
        Arrays.sort(viaAo);
        Arrays.sort(viaJdbc);
        double ao50 = ms(viaAo, 0.50);
        double ao95 = ms(viaAo, 0.95);
        double jdbc50 = ms(viaJdbc, 0.50);
        double jdbc95 = ms(viaJdbc, 0.95);
        return String.format(
                "| %d days | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f× | %.2f× |%n",
                days, limit, ao50, ao95, jdbc50, jdbc95, ao50 / jdbc50, ao95 / jdbc95);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1_000_000.0;
    }

    /** The PostgreSQL database of the storage tests' environment variables; the benchmark runs on PostgreSQL only. */
    private static AoDatabase postgreSql() {
        String url = System.getenv("PK_TEST_PG_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(
                    "Set PK_TEST_PG_URL (and PK_TEST_PG_USER, PK_TEST_PG_PASSWORD) to a PostgreSQL"
                            + " database, e.g. with `source build-support/test-postgres.sh start`; see docs/benchmarks.md.");
        }
        return new AoDatabase(
                url,
                System.getenv().getOrDefault("PK_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("PK_TEST_PG_PASSWORD", ""));
    }

    private static void explain(Connection connection, String sql) throws SQLException {
        System.out.println();
        System.out.println(sql);
        try (Statement statement = connection.createStatement();
                ResultSet plan = statement.executeQuery(sql)) {
            while (plan.next()) {
                System.out.println("    " + plan.getString(1));
            }
        }
    }

    private static void load(Connection connection, String customerTable, String contractTable) throws SQLException {
        Random random = new Random(7);
        connection.setAutoCommit(false);
        try (PreparedStatement customer = connection.prepareStatement(
                        "INSERT INTO public.\"" + customerTable
                                + "\" (\"ID\", \"CUSTOMER_KEY\", \"CRM_ID\", \"CUSTOMER_NAME\", \"TIER\", \"OWNER\", \"NEXT_RENEWAL\","
                                + " \"SEARCH_TEXT\", \"REVISION\", \"READ_MODEL\") VALUES (?, ?, ?, ?, 'gold', 'owner', ?, ?, 1, ?)");
                PreparedStatement contract = connection.prepareStatement(
                        "INSERT INTO public.\"" + contractTable
                                + "\" (\"CUSTOMER_ID\", \"CONTRACT_ID\", \"LIST_ORDER\", \"START_DATE\", \"RENEWAL_DATE\", \"VALUE_MINOR\","
                                + " \"CURRENCY\", \"NOTICE_DAYS\", \"AUTO_RENEW\", \"STATUS\") VALUES (?, ?, ?, ?, ?, ?, 'EUR', 60, TRUE, ?)")) {
            for (int id = 1; id <= CUSTOMERS; id++) {
                String key = String.format("C%06d", id);
                LocalDate renewal = TODAY.plusDays(random.nextInt(1095));
                LocalDate expired = renewal.minusYears(1);
                customer.setInt(1, id);
                customer.setString(2, key);
                customer.setString(3, "SF-" + id);
                customer.setString(4, "Customer " + id);
                customer.setString(5, renewal.toString());
                customer.setString(6, (key + "\ncustomer " + id + "\nsf-" + id).toLowerCase());
                // The read model as AoCustomers writes it: this row and the two contract rows below, no domains.
                customer.setString(
                        7,
                        CustomerReadModel.encode(new Customer(
                                CustomerKey.of(key),
                                "Customer " + id,
                                "SF-" + id,
                                Set.of(),
                                "gold",
                                "owner",
                                List.of(
                                        contract(id, key + "-OLD", expired, ContractStatus.EXPIRED),
                                        contract(id, key + "-CUR", renewal, ContractStatus.ACTIVE)))));
                customer.addBatch();
                addContract(contract, id, key + "-OLD", 0, expired, "EXPIRED");
                addContract(contract, id, key + "-CUR", 1, renewal, "ACTIVE");
                if (id % 5_000 == 0) {
                    customer.executeBatch();
                    contract.executeBatch();
                }
            }
            customer.executeBatch();
            contract.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setval(pg_get_serial_sequence('public.\"" + customerTable + "\"', 'ID'), "
                    + CUSTOMERS + ")");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("ANALYZE public.\"" + customerTable + "\"");
            statement.execute("ANALYZE public.\"" + contractTable + "\"");
        }
    }

    /** The contract {@link #addContract} stores. */
    private static Contract contract(int customerId, String id, LocalDate renewal, ContractStatus status) {
        return new Contract(
                id,
                renewal.minusYears(1),
                renewal,
                new Money(1_200_000L + customerId, Money.currency("EUR")),
                60,
                true,
                status);
    }

    private static void addContract(
            PreparedStatement contract, int customerId, String id, int order, LocalDate renewal, String status)
            throws SQLException {
        contract.setInt(1, customerId);
        contract.setString(2, id);
        contract.setInt(3, order);
        contract.setString(4, renewal.minusYears(1).toString());
        contract.setString(5, renewal.toString());
        contract.setLong(6, 1_200_000L + customerId);
        contract.setString(7, status);
        contract.addBatch();
    }

    private static String table(EntityManager entityManager, Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /**
     * The query the adapter runs, in plain JDBC: the same columns, condition, order and limit, each row
     * mapped to the same core {@code Customer} with the same decoder, on a connection borrowed from the same
     * pool of one.
     */
    private record RawJdbc(DataSource poolOfOne, String customers) {

        /** The SQL Active Objects renders for {@code AoCustomers.renewingBetween} on PostgreSQL, character for character. */
        static final String PAGE_QUERY =
                "SELECT \"ID\",\"READ_MODEL\" FROM public.\"%s\" WHERE \"NEXT_RENEWAL\" >= '%s'"
                        + " AND \"NEXT_RENEWAL\" <= '%s' ORDER BY \"NEXT_RENEWAL\", \"CUSTOMER_KEY\" LIMIT %d";

        List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit) throws SQLException {
            List<Customer> found = new ArrayList<>();
            // Borrowed and given back per call, as Active Objects does, from the same pool of one.
            try (Connection connection = poolOfOne.getConnection();
                    PreparedStatement select =
                            connection.prepareStatement(PAGE_QUERY.formatted(customers, from, to, limit))) {
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(CustomerReadModel.decode(result.getString(2)));
                    }
                }
            }
            return found;
        }
    }

    /** A data source handing out one physical connection that close() resets instead of closing, like a pool of one. */
    private static DataSource sharing(Connection physical) {
        Connection shared = (Connection) Proxy.newProxyInstance(
                RenewingBetweenBenchmark.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        // What a pool does when a connection comes back: end any open transaction.
                        if (!physical.getAutoCommit()) {
                            physical.rollback();
                            physical.setAutoCommit(true);
                        }
                        yield null;
                    }
                    case "isClosed" -> false;
                    default -> {
                        try {
                            yield method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
        return new DataSource() {
            @Override
            public Connection getConnection() {
                return shared;
            }

            @Override
            public Connection getConnection(String user, String password) {
                return shared;
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {}

            @Override
            public void setLoginTimeout(int seconds) {}

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
