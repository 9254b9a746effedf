package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.permission.AccessGroups;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsDescriptionsTest {

    private static final EpicChildrenQuery SOFTWARE = EpicChildrenQuery.jiraSoftware();

    @Test
    void saysNothingWhenNothingChanged() {
        PromiseKeeperSettings settings = PromiseKeeperSettings.defaults();

        assertThat(SettingsDescriptions.between(settings, SOFTWARE, settings, SOFTWARE))
                .isEmpty();
    }

    @Test
    void namesEveryChangedFieldWithItsOldAndNewValue() {
        PromiseKeeperSettings before = new PromiseKeeperSettings(
                90,
                WindowBasis.RENEWAL_DATE,
                "USD",
                Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27"), "CHF", new BigDecimal("1.10")),
                AccessGroups.defaults());
        PromiseKeeperSettings after = new PromiseKeeperSettings(
                60,
                WindowBasis.NOTICE_DEADLINE,
                "EUR",
                Map.of("EUR", new BigDecimal("1.080"), "GBP", new BigDecimal("1.30"), "JPY", new BigDecimal("0.0067")),
                new AccessGroups(Set.of("sales"), Set.of("jira-administrators", "finance"), Set.of()));
        EpicChildrenQuery parent = new EpicChildrenQuery("parent = {epic}", "Parent");

        String description = SettingsDescriptions.between(before, SOFTWARE, after, parent);

        assertThat(description.split("; "))
                .containsExactly(
                        "radar window (days) 90 → 60",
                        "basis renewal → notice",
                        "reporting currency USD → EUR",
                        "rate CHF removed (was 1.10)",
                        "rate GBP 1.27 → 1.30",
                        "rate JPY added: 0.0067",
                        "epic children JQL " + SOFTWARE.template() + " → parent = {epic}",
                        "epic link field " + SOFTWARE.epicFieldName() + " → Parent",
                        "reader groups (none) → sales",
                        "finance groups jira-administrators → finance, jira-administrators");
    }
}
