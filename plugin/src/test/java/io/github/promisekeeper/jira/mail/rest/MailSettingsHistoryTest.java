package io.github.promisekeeper.jira.mail.rest;

import com.atlassian.sal.api.user.UserManager;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.InMemorySettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.ReasonTexts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** What {@code PUT /mail-settings} records in the settings history, in English and in the reader's language. */
class MailSettingsHistoryTest {

    private final InMemorySettingsHistory history = new InMemorySettingsHistory();
    private final UserManager userManager = mock(UserManager.class);
    private final InProcessJaxRs rest = rest();

    private InProcessJaxRs rest() {
        Json json = new Json();
        return new InProcessJaxRs(new MailSettingsResource(
                new MailSettingsStore(new InMemoryPluginSettings().factory()),
                history,
                mock(MailOut.class),
                new Permissions(userManager, () -> Role.GROUPS),
                json,
                new JsonResponses(json),
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC),
                new PropertiesI18nResolver()));
    }

    private void changeEverySetting() {
        Role.ADMIN.actOn(userManager);
        InProcessJaxRs.Answer answer = rest.send(
                "PUT",
                "mail-settings",
                "application/json",
                "{\"digestDay\":\"friday\",\"digestHour\":9,\"immediateByDefault\":false,"
                        + "\"digestByDefault\":false,\"tierGroups\":{\"gold\":[\"sales\"]}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void recordsEachChangedSettingOldToNewInTheEnglishItAlwaysWrote() {
        changeEverySetting();

        assertThat(history.recent(10))
                .singleElement()
                .extracting(SettingsChange::description)
                .isEqualTo("mail digest day MONDAY → FRIDAY; mail digest hour 8 → 9; immediate mails by default true → "
                        + "false; digest by default true → false; tier groups {} → {gold=[sales]}");
    }

    @Test
    void writesTheRecordedChangeInTheReadersLanguage() {
        changeEverySetting();
        ReasonTexts german = new ReasonTexts(TranslatedI18nResolver.german(Map.of(
                "promise-keeper.reason.history.settings.digest-by-default",
                "Wochenübersicht als Voreinstellung {0} → {1}",
                "promise-keeper.reason.history.true",
                "ja",
                "promise-keeper.reason.history.false",
                "nein")));

        assertThat(history.recent(1).get(0).text(german.texts()))
                .contains("; Wochenübersicht als Voreinstellung ja → nein;")
                .startsWith("mail digest day MONDAY → FRIDAY;");
    }
}
