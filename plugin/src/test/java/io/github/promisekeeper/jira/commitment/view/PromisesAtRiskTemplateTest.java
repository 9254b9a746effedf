package io.github.promisekeeper.jira.commitment.view;

import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.VelocityTemplates;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PromisesAtRiskTemplateTest {

    private static final String TEMPLATE = "templates/promises/dashboard-item.vm";

    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    void rendersTheContainerTheScriptFillsWithTheSitesToday() {
        // 23:30 UTC on 30 November is already 1 December in Tokyo: the site's zone decides.
        Clock site = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
        Map<String, Object> context =
                new PromisesAtRiskContextProvider(new PropertiesI18nResolver(), site).getContextMap(Map.of());

        String html = velocity.render(TEMPLATE, context);

        assertThat(html)
                .contains(
                        "<section class=\"pk-promises\" aria-label=\"Promises at Risk\" data-pk-today=\"2026-12-01\">");
        assertThat(html).contains("<p class=\"pk-promises-status\" role=\"status\">Loading promises\u2026</p>");
        assertThat(html).doesNotContain("$view");
    }

    @Test
    void escapesEveryTextItShows() {
        PromisesAtRiskView hostile = new PromisesAtRiskView(
                LocalDate.of(2026, 12, 1), "\"><script>alert(1)</script>", "<img src=x onerror=alert(2)>");

        String html = velocity.render(TEMPLATE, Map.of("view", hostile));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
    }
}
