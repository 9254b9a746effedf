package io.github.promisekeeper.preview;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * Starts the preview: {@code preview/run [options]} (see {@link PreviewOptions#USAGE}). Prints the
 * dashboard's URL and serves until stopped with Ctrl+C; with {@code --screenshots DIR}, writes the
 * screenshots instead and exits.
 */
public final class Preview {

    /** System property naming the default data folder; preview/run points it at the repository's preview-data. */
    static final String DATA_FOLDER_PROPERTY = "preview.data";

    private Preview() {}

    public static void main(String[] args) throws Exception {
        PreviewOptions options;
        try {
            options = PreviewOptions.parse(Arrays.asList(args), System.getenv());
        } catch (PreviewOptions.HelpRequested help) {
            System.out.print(PreviewOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(PreviewOptions.USAGE);
            System.exit(2);
            return;
        }
        options = withDefaultDataFolder(options, args, System.getProperties());
        if (options.screenshotsDir().isPresent()) {
            Screenshots.write(options, options.screenshotsDir().get());
            return;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(options);
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                System.err.println("Port " + options.port() + " is in use: choose another with --port N (or PORT=N).");
                System.exit(1);
            }
            throw e;
        } catch (RuntimeException e) {
            if (causedByLockedH2(e)) {
                System.err.println(
                        "The data folder "
                                + options.dataFolder().toAbsolutePath().normalize()
                                + " is in use by another running preview: stop that one, or give this one --data OTHER_FOLDER.");
                System.exit(1);
            }
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                server.close();
                            } catch (Exception e) {
                                System.err.println("Stopping the preview: " + e);
                            }
                        },
                        "preview-shutdown"));
        System.out.println();
        System.out.println("Promise Keeper preview: " + server.dashboardUrl());
        System.out.println("  today: " + server.today() + (options.today().isPresent() ? " (fixed with --today)" : ""));
        System.out.println("  data:  " + server.databaseDescription()
                + (server.seeded() ? ", demo portfolio seeded (seed " + options.seed() + ")" : ""));
        System.out.println("  slip check for " + server.today() + ": "
                + server.slipCheck().raised().size()
                + " alerts raised, " + server.slipCheck().resolved().size() + " resolved"
                + " (rest/promise-keeper/1.0/alerts lists them)");
        server.unavailable().forEach(part -> System.out.println("  needs Jira, left out: " + part));
        System.out.println("  Stop with Ctrl+C; start again with --reset for fresh demo data.");
        server.join();
    }

    private static PreviewOptions withDefaultDataFolder(PreviewOptions options, String[] args, Properties properties) {
        boolean explicit = Arrays.stream(args).anyMatch(arg -> arg.equals("--data") || arg.startsWith("--data="));
        String folder = properties.getProperty(DATA_FOLDER_PROPERTY);
        return explicit || folder == null ? options : options.withDataFolder(Path.of(folder));
    }

    private static boolean causedByLockedH2(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }
}
