package io.github.promisekeeper.jira.settings;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.search.JqlSearch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class SettingsEditorTest {

    private static final Change ALICE = Change.onAdminPage("alice", Instant.parse("2026-11-27T08:00:00Z"));

    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final SettingsStore settings = new SettingsStore(stored.factory());
    private final InMemorySettingsHistory history = new InMemorySettingsHistory();
    private final SettingsEditor editor = new SettingsEditor(
            settings,
            new EpicChildrenSettings(stored.factory()),
            new JqlSearch(mock(SearchService.class), mock(JiraAuthenticationContext.class)),
            history);

    @Test
    void changesTheGivenFieldsKeepsTheOthersAndRecordsWhatChanged() {
        boolean changed = editor.apply(
                new SettingsEdit(60, "notice", null, Map.of("EUR", "1.08"), null, null, null, null), ALICE);

        assertThat(changed).isTrue();
        PromiseKeeperSettings now = settings.current();
        assertThat(now.defaultDays()).isEqualTo(60);
        assertThat(now.basis()).isEqualTo(WindowBasis.NOTICE_DEADLINE);
        assertThat(now.reportingCurrency())
                .isEqualTo(PromiseKeeperSettings.defaults().reportingCurrency());
        assertThat(now.rates()).containsEntry("EUR", new BigDecimal("1.08"));
        assertThat(history.recent(10)).singleElement().satisfies(entry -> {
            assertThat(entry.change()).isEqualTo(ALICE);
            assertThat(entry.description()).contains("renewal → notice");
        });
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        assertThat(editor.apply(new SettingsEdit(null, "renewal", null, null, null, null, null, null), ALICE))
                .isFalse();
        assertThat(history.recent(10)).isEmpty();
    }

    @Test
    void refusesAnInvalidValueNamingItsFieldAndSavesNothing() {
        assertThatThrownBy(
                        () -> editor.apply(new SettingsEdit(30, "someday", null, null, null, null, null, null), ALICE))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("basis"));
        assertThatThrownBy(() -> editor.apply(new SettingsEdit(0, null, null, null, null, null, null, null), ALICE))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("defaultDays"));
        assertThatThrownBy(() -> editor.apply(
                        new SettingsEdit(null, null, null, Map.of("EUR", "much"), null, null, null, null), ALICE))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("rates"));
        assertThatThrownBy(
                        () -> editor.apply(new SettingsEdit(null, null, "EURO", null, null, null, null, null), ALICE))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("reportingCurrency"));

        assertThat(settings.current()).isEqualTo(PromiseKeeperSettings.defaults());
        assertThat(history.recent(10)).isEmpty();
    }
}
