package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.permission.AccessGroups;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final SettingsStore store = new SettingsStore(stored.factory());

    @Test
    void answersTheDefaultsUntilSomethingIsSaved() {
        assertThat(store.current()).isEqualTo(PromiseKeeperSettings.defaults());
        assertThat(store.accessGroups().financeGroups()).containsExactly("jira-administrators");
    }

    @Test
    void keepsWhatWasSavedAsPlainStringsInTheGlobalSettings() {
        PromiseKeeperSettings settings = new PromiseKeeperSettings(
                60,
                WindowBasis.NOTICE_DEADLINE,
                "EUR",
                Map.of("USD", new BigDecimal("0.92"), "GBP", new BigDecimal("1.17")),
                new AccessGroups(Set.of("customer-success"), Set.of("finance"), Set.of("sales-ops", "cs leads")));

        store.save(settings);

        assertThat(new SettingsStore(stored.factory()).current()).isEqualTo(settings);
        assertThat(stored.values().values()).allMatch(String.class::isInstance);
    }

    @Test
    void fallsBackToTheDefaultsWhenAStoredValueIsUnreadable() {
        stored.values().put(SettingsStore.DEFAULT_DAYS, "ninety");

        assertThat(store.current()).isEqualTo(PromiseKeeperSettings.defaults());
    }
}
