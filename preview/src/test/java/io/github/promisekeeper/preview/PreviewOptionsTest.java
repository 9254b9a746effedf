package io.github.promisekeeper.preview;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreviewOptionsTest {

    @Test
    void defaultsToPort8080TheRealClockAndH2InPreviewData() {
        PreviewOptions options = PreviewOptions.parse(List.of(), Map.of());

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.today()).isEmpty();
        assertThat(options.dataFolder()).isEqualTo(Path.of("preview-data"));
        assertThat(options.jdbcUrl()).isEmpty();
        assertThat(options.reset()).isFalse();
    }

    @Test
    void takesThePortFromTheEnvironmentUnlessTheCommandLineGivesOne() {
        assertThat(PreviewOptions.parse(List.of(), Map.of("PORT", "9000")).port())
                .isEqualTo(9000);
        assertThat(PreviewOptions.parse(List.of("--port", "9100"), Map.of("PORT", "9000"))
                        .port())
                .isEqualTo(9100);
        assertThat(PreviewOptions.parse(List.of("--port=9200"), Map.of()).port())
                .isEqualTo(9200);
    }

    @Test
    void readsEveryOption() {
        PreviewOptions options = PreviewOptions.parse(
                List.of(
                        "--today",
                        "2026-12-01",
                        "--data",
                        "/tmp/pk",
                        "--reset",
                        "--seed",
                        "42",
                        "--db",
                        "jdbc:postgresql://localhost:5432/pk",
                        "--db-user",
                        "pk",
                        "--db-password",
                        "secret"),
                Map.of());

        assertThat(options.today()).contains(LocalDate.of(2026, 12, 1));
        assertThat(options.dataFolder()).isEqualTo(Path.of("/tmp/pk"));
        assertThat(options.reset()).isTrue();
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.jdbcUrl()).isEqualTo(Optional.of("jdbc:postgresql://localhost:5432/pk"));
        assertThat(options.dbUser()).isEqualTo("pk");
        assertThat(options.dbPassword()).isEqualTo("secret");
        assertThat(options.toString()).doesNotContain("secret");
    }

    @Test
    void scaleGivesThatManyCustomersWithFiftyTicketsEachUnlessTicketsSaysOtherwiseAndBothAreBounded() {
        assertThat(PreviewOptions.parse(List.of(), Map.of()).ticketsFor(26)).isEqualTo(26 * 12);
        assertThat(PreviewOptions.parse(List.of("--scale", "1000"), Map.of()).scale())
                .isEqualTo(1000);
        assertThat(PreviewOptions.parse(List.of("--scale", "1000"), Map.of()).ticketsFor(1000))
                .isEqualTo(50_000);
        assertThat(PreviewOptions.parse(List.of("--scale=10000", "--tickets", "1000000"), Map.of())
                        .ticketsFor(10_000))
                .isEqualTo(1_000_000);
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--scale", "10001"), Map.of()))
                .hasMessageContaining("--scale must be from 1 to 10000");
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--tickets", "1000001"), Map.of()))
                .hasMessageContaining("--tickets must be from 0 to 1000000");
    }

    @Test
    void explainsWhatIsWrongWithABadOption() {
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--today", "1 December"), Map.of()))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--port", "70000"), Map.of()))
                .hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> PreviewOptions.parse(List.of(), Map.of("PORT", "http")))
                .hasMessageContaining("PORT");
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--db", "jdbc:mysql://x/y"), Map.of()))
                .hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--today"), Map.of()))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> PreviewOptions.parse(List.of("--colour"), Map.of()))
                .hasMessageContaining("Unknown option");
    }
}
