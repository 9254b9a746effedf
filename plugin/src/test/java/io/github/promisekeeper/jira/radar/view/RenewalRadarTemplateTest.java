package io.github.promisekeeper.jira.radar.view;

import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.VelocityTemplates;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalRadarTemplateTest {

    private static final String TEMPLATE = "templates/radar/dashboard-item.vm";

    private final VelocityTemplates velocity = new VelocityTemplates();

    @Test
    void rendersTheContainerTheScriptFillsWithTheDefaultWindow() {
        Map<String, Object> context =
                new RenewalRadarContextProvider(new PropertiesI18nResolver()).getContextMap(Map.of());

        String html = velocity.render(TEMPLATE, context);

        assertThat(html).contains("<section class=\"pk-radar\" aria-label=\"Renewal Radar\" data-pk-days=\"90\">");
        assertThat(html).contains("<p class=\"pk-radar-status\" role=\"status\">Loading renewals\u2026</p>");
        assertThat(html).doesNotContain("$view");
    }

    @Test
    void escapesEveryTextItShows() {
        RenewalRadarView hostile =
                new RenewalRadarView(30, "\"><script>alert(1)</script>", "<img src=x onerror=alert(2)>");

        String html = velocity.render(TEMPLATE, Map.of("view", hostile));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("aria-label=\"&quot;&gt;&lt;script&gt;alert(1)&lt;&#47;script&gt;\"");
        assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
    }
}
