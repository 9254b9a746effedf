package io.github.promisekeeper.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day the demo data was made for: the day of its first seeding, kept in the data folder beside the embedded H2
 * database ({@value #FILE}), so that a restart with a later {@code --today} finds the same demo customers and
 * commitments, only older.
 */
final class DemoDay {

    static final String FILE = "demo-day.txt";

    private DemoDay() {}

    /**
     * {@code today} when the data is new or reset (then recorded), else the recorded day ({@code today} if none).
     * On a database of its own ({@code --db}) the data folder is not the data's: the demo follows {@code today}.
     */
    static LocalDate of(PreviewOptions options, LocalDate today, boolean newData) {
        if (options.jdbcUrl().isPresent()) {
            return today;
        }
        Path file = options.dataFolder().resolve(FILE);
        try {
            if (!newData && Files.exists(file)) {
                return LocalDate.parse(
                        Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            Files.createDirectories(options.dataFolder());
            Files.writeString(file, today + "\n", StandardCharsets.UTF_8);
            return today;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the demo day in " + file, e);
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
