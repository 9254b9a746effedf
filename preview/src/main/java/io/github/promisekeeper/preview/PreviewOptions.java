package io.github.promisekeeper.preview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to run the preview, from the command line and the environment ({@code PORT}).
 *
 * @param port           TCP port on the loopback interface; 0 picks a free one
 * @param today          the fixed date the app takes as today, or empty for the real clock
 * @param dataFolder     where the embedded H2 database lives (ignored with {@code jdbcUrl})
 * @param reset          drop the app's tables and seed the demo portfolio again
 * @param seed           the demo portfolio's random seed
 * @param jdbcUrl        a PostgreSQL database to run on instead of the embedded H2, or empty
 * @param screenshotsDir write screenshots there and exit instead of serving, or empty
 * @param scale          how many demo customers, or 0 for the small demo portfolio
 * @param tickets        how many demo tickets in all, or 0 for the default of the portfolio's size
 */
public record PreviewOptions(
        int port,
        Optional<LocalDate> today,
        Path dataFolder,
        boolean reset,
        long seed,
        Optional<String> jdbcUrl,
        String dbUser,
        String dbPassword,
        Optional<Path> screenshotsDir,
        int scale,
        int tickets) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_SEED = 7;
    public static final Path DEFAULT_DATA_FOLDER = Path.of("preview-data");
    /** The most demo customers and tickets {@code --scale} and {@code --tickets} grow the portfolio to. */
    public static final int MAX_CUSTOMERS = 10_000;

    public static final int MAX_TICKETS = 1_000_000;
    /** Tickets per customer: the small portfolio's, and a scaled one's unless {@code --tickets} says otherwise. */
    public static final int TICKETS_PER_CUSTOMER = 12;

    public static final int SCALED_TICKETS_PER_CUSTOMER = 50;

    private static final Set<String> FLAGS = Set.of("--reset", "--help");
    private static final Set<String> VALUED = Set.of(
            "--port",
            "--today",
            "--data",
            "--seed",
            "--db",
            "--db-user",
            "--db-password",
            "--screenshots",
            "--scale",
            "--tickets");

    static final String USAGE = """
            Usage: preview/run [options]
              --port N               port on localhost (default: $PORT, else 8080; 0 picks a free one)
              --today YYYY-MM-DD     fix the date the app takes as today (default: the real date)
              --data DIR             folder of the embedded H2 database (default: preview-data)
              --reset                drop the app's tables and seed the demo portfolio again
              --seed N               random seed of the demo portfolio (default: 7)
              --db JDBC_URL          run on PostgreSQL instead, e.g. jdbc:postgresql://localhost:5432/pk
              --db-user USER         its user
              --db-password SECRET   its password
              --scale N              N demo customers (up to 10000), 50 tickets each, for load tests; with --reset
              --tickets N            N demo tickets in all (up to 1000000) instead
              --screenshots DIR      write screenshots of the pages to DIR with headless Chromium, then exit
              --help                 this text
            """;

    public PreviewOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be 0 to 65535, not " + port + ".");
        }
        jdbcUrl.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException(
                        "--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not " + url);
            }
        });
    }

    /** Defaults: port from {@code PORT} or 8080, real clock, H2 in {@code preview-data}. */
    public static PreviewOptions defaults(Map<String, String> environment) {
        return new PreviewOptions(
                port(environment.getOrDefault("PORT", String.valueOf(DEFAULT_PORT)), "PORT"),
                Optional.empty(),
                DEFAULT_DATA_FOLDER,
                false,
                DEFAULT_SEED,
                Optional.empty(),
                "",
                "",
                Optional.empty(),
                0,
                0);
    }

    /** Parses {@code args} over {@link #defaults}; throws {@link IllegalArgumentException} with a message for the user. */
    public static PreviewOptions parse(List<String> args, Map<String, String> environment) {
        PreviewOptions options = defaults(environment);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            String value = null;
            if (!FLAGS.contains(name) && !VALUED.contains(name)) {
                throw new IllegalArgumentException("Unknown option " + arg + ".");
            }
            if (VALUED.contains(name)) {
                if (inline) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException(name + " needs a value.");
                }
            }
            options = switch (name) {
                case "--port" -> options.withPort(port(value, "--port"));
                case "--today" -> options.withToday(date(value));
                case "--data" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            Path.of(value),
                            options.reset,
                            options.seed,
                            options.jdbcUrl,
                            options.dbUser,
                            options.dbPassword,
                            options.screenshotsDir,
                            options.scale,
                            options.tickets);
                case "--reset" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            true,
                            options.seed,
                            options.jdbcUrl,
                            options.dbUser,
                            options.dbPassword,
                            options.screenshotsDir,
                            options.scale,
                            options.tickets);
                case "--seed" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            number(value, "--seed"),
                            options.jdbcUrl,
                            options.dbUser,
                            options.dbPassword,
                            options.screenshotsDir,
                            options.scale,
                            options.tickets);
                case "--db" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            options.seed,
                            Optional.of(value),
                            options.dbUser,
                            options.dbPassword,
                            options.screenshotsDir,
                            options.scale,
                            options.tickets);
                case "--db-user" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            options.seed,
                            options.jdbcUrl,
                            value,
                            options.dbPassword,
                            options.screenshotsDir,
                            options.scale,
                            options.tickets);
                case "--db-password" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            options.seed,
                            options.jdbcUrl,
                            options.dbUser,
                            value,
                            options.screenshotsDir,
                            options.scale,
                            options.tickets);
                case "--screenshots" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            options.seed,
                            options.jdbcUrl,
                            options.dbUser,
                            options.dbPassword,
                            Optional.of(Path.of(value)),
                            options.scale,
                            options.tickets);
                case "--scale" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            options.seed,
                            options.jdbcUrl,
                            options.dbUser,
                            options.dbPassword,
                            options.screenshotsDir,
                            bounded(value, "--scale", 1, MAX_CUSTOMERS),
                            options.tickets);
                case "--tickets" ->
                    new PreviewOptions(
                            options.port,
                            options.today,
                            options.dataFolder,
                            options.reset,
                            options.seed,
                            options.jdbcUrl,
                            options.dbUser,
                            options.dbPassword,
                            options.screenshotsDir,
                            options.scale,
                            bounded(value, "--tickets", 0, MAX_TICKETS));
                case "--help" -> throw new HelpRequested();
                default -> throw new IllegalArgumentException("Unknown option " + arg + ".");
            };
        }
        return options;
    }

    public PreviewOptions withPort(int newPort) {
        return new PreviewOptions(
                newPort, today, dataFolder, reset, seed, jdbcUrl, dbUser, dbPassword, screenshotsDir, scale, tickets);
    }

    public PreviewOptions withToday(LocalDate date) {
        return new PreviewOptions(
                port,
                Optional.of(date),
                dataFolder,
                reset,
                seed,
                jdbcUrl,
                dbUser,
                dbPassword,
                screenshotsDir,
                scale,
                tickets);
    }

    public PreviewOptions withDataFolder(Path folder) {
        return new PreviewOptions(
                port, today, folder, reset, seed, jdbcUrl, dbUser, dbPassword, screenshotsDir, scale, tickets);
    }

    public PreviewOptions withScale(int customers, int ticketCount) {
        return new PreviewOptions(
                port,
                today,
                dataFolder,
                reset,
                seed,
                jdbcUrl,
                dbUser,
                dbPassword,
                screenshotsDir,
                customers,
                ticketCount);
    }

    /** How many demo tickets: {@code --tickets}, else 50 per customer when scaled, else 12 per customer. */
    public int ticketsFor(int customers) {
        if (tickets > 0) {
            return tickets;
        }
        return Math.min(MAX_TICKETS, customers * (scale > 0 ? SCALED_TICKETS_PER_CUSTOMER : TICKETS_PER_CUSTOMER));
    }

    @Override
    public String toString() {
        return "PreviewOptions[port=" + port + ", today=" + today + ", data=" + dataFolder + ", reset=" + reset
                + ", seed=" + seed + ", db=" + jdbcUrl + ", dbUser=" + dbUser + ", scale=" + scale + ", tickets="
                + tickets + "]";
    }

    private static int port(String value, String source) {
        long port = number(value, source);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(source + " must be a port from 0 to 65535, not " + value + ".");
        }
        return (int) port;
    }

    private static int bounded(String value, String source, int min, int max) {
        long number = number(value, source);
        if (number < min || number > max) {
            throw new IllegalArgumentException(source + " must be from " + min + " to " + max + ", not " + value + ".");
        }
        return (int) number;
    }

    private static long number(String value, String source) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a whole number, not '" + value + "'.", e);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--today must be a date YYYY-MM-DD, not '" + value + "'.", e);
        }
    }

    /** Thrown by {@link #parse} for {@code --help}. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super(USAGE, null, false, false);
        }
    }
}
