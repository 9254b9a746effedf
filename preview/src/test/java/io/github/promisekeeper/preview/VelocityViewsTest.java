package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.radar.view.RenewalRadarView;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VelocityViewsTest {

    private static final Set<String> ALLOWLIST = Set.of(
            RenewalRadarView.class.getName() + "#getTitleHtml()",
            RenewalRadarView.class.getName() + "#getDefaultDays()");
    private final VelocityViews views = new VelocityViews(ALLOWLIST);
    private final Map<String, Object> context = Map.of("view", new RenewalRadarView(30, "<Radar>", "Loading"));

    @Test
    void rendersAllowlistedGettersOfThePluginsViewObjectsAndMethodsOfPlatformTypes() {
        assertThat(views.render("preview-test-templates/allowed.vm", context))
                .isEqualTo("&lt;Radar&gt; (30 days) 13\n");
    }

    @Test
    void refusesAMethodOfThePluginsClassesThatTheAllowlistDoesNotName() {
        assertThatThrownBy(() -> views.render("preview-test-templates/not-allowed.vm", context))
                .hasStackTraceContaining("RenewalRadarView#hashCode")
                .hasStackTraceContaining("velocity-allowlist");
    }

    @Test
    void rendersThePluginsDashboardItemViewWithItsOwnAllowlist() {
        PluginDescriptor descriptor = PluginDescriptor.fromClassPath();
        PluginDescriptor.DashboardItem radar = descriptor.dashboardItems().get(0);

        String html = new VelocityViews(descriptor.velocityAllowlist()).render(radar.viewLocation(), context);

        assertThat(html).contains("data-pk-days=\"30\"", "aria-label=\"&lt;Radar&gt;\"");
    }
}
