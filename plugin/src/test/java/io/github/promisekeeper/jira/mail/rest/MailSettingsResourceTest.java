package io.github.promisekeeper.jira.mail.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import io.github.promisekeeper.core.customer.ChangeSource;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.jira.mail.MailSettings;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.InMemorySettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.promisekeeper.jira.mail.rest.MailRest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code /mail-settings}: only those who may change settings read and change them; a change is stored with one
 * settings-history entry (who, when, from where), a PUT that changes nothing records none, and a refused value is a
 * 400 naming its field in words from the texts, storing and recording nothing.
 */
class MailSettingsResourceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final String JSON = "application/json";

    private final MailRest site = new MailRest();
    private final UserManager users = mock(UserManager.class);
    private final MailSettingsStore settings = new MailSettingsStore(new InMemoryPluginSettings().factory());
    private final InMemorySettingsHistory history = new InMemorySettingsHistory();
    private boolean canSend = true;
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        MailOut out = mock(MailOut.class);
        when(out.canSend()).thenAnswer(call -> canSend);
        rest = site.serving(new MailSettingsResource(
                settings,
                history,
                out,
                new Permissions(users, () -> Role.GROUPS),
                site.json,
                site.responses,
                Clock.fixed(NOW, ZoneOffset.UTC),
                site.texts));
        Role.ADMIN.actOn(users);
    }

    private InProcessJaxRs.Answer put(String body) {
        return rest.send("PUT", "mail-settings", JSON, body);
    }

    @Test
    void showsTheSettingsAndWhetherJiraCanSendMail() {
        canSend = false;

        JsonObject current = json(rest.get("mail-settings"));

        assertThat(current.get("digestDay").getAsString()).isEqualTo("monday");
        assertThat(current.get("digestHour").getAsInt()).isEqualTo(8);
        assertThat(current.get("mailServerConfigured").getAsBoolean()).isFalse();
    }

    @Test
    void storesAChangeWithOneHistoryEntryOfWhoWhenAndWhere() {
        InProcessJaxRs.Answer saved = rest.send(
                "PUT",
                "mail-settings",
                JSON,
                "{\"digestDay\":\"friday\",\"digestHour\":16,\"tierGroups\":{\"gold\":[\"gold-team\"]}}",
                Map.of(ChangeOrigin.HEADER, ChangeOrigin.ADMIN_PAGE));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("digestDay").getAsString()).isEqualTo("friday");
        MailSettings stored = settings.current();
        assertThat(stored.digest().day()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(stored.digest().hour()).isEqualTo(16);
        assertThat(stored.tierGroups()).isEqualTo(Map.of("gold", Set.of("gold-team")));
        assertThat(stored.immediateByDefault())
                .as("a field left out keeps its value")
                .isTrue();
        List<SettingsChange> recorded = history.recent(10);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().change().author()).isEqualTo("ada");
        assertThat(recorded.getFirst().change().at()).isEqualTo(NOW);
        assertThat(recorded.getFirst().change().source()).isEqualTo(ChangeSource.ADMIN_PAGE);
        assertThat(recorded.getFirst().description()).isNotBlank();
    }

    @Test
    void recordsNothingWhenAPutChangesNothing() {
        assertThat(put("{\"digestDay\":\"monday\",\"digestHour\":8}").status()).isEqualTo(200);
        assertThat(put("{}").status()).isEqualTo(200);

        assertThat(history.recent(10)).isEmpty();
        assertThat(settings.current()).isEqualTo(MailSettings.defaults());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"digestDay\":\"someday\"} | digestDay | promise-keeper.mail-settings.error.digestDay",
                "{\"digestHour\":24} | digestHour | promise-keeper.mail-settings.error.digestHour",
                "{\"digestHour\":-1} | digestHour | promise-keeper.mail-settings.error.digestHour",
                "{\"tierGroups\":{\" \":[\"gold-team\"]}} | tierGroups | promise-keeper.mail-settings.error.tierGroups",
                "{\"tierGroups\":{\"gold\":[\" \"]}} | tierGroups | promise-keeper.mail-settings.error.tierGroups"
            })
    void refusesABadValueNamingItsFieldAndStoresAndRecordsNothing(String body, String field, String key) {
        InProcessJaxRs.Answer answer = put(body);

        site.assertRefusedAt(answer, field, key);
        assertThat(settings.current()).isEqualTo(MailSettings.defaults());
        assertThat(history.recent(10)).isEmpty();
    }

    @Test
    void refusesAnUnknownField() {
        InProcessJaxRs.Answer answer = put("{\"digestDay\":\"friday\",\"colour\":\"blue\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(settings.current()).isEqualTo(MailSettings.defaults());
        assertThat(history.recent(10)).isEmpty();
    }

    @Test
    void onlyThoseWhoMayChangeSettingsReadOrChangeThem() {
        for (Role role : Role.values()) {
            role.actOn(users);
            int expected = switch (role) {
                case ANONYMOUS -> 401;
                case UNLICENSED, USER, FINANCE -> 403;
                case EDITOR, ADMIN -> 200;
            };

            assertThat(rest.get("mail-settings").status()).as(role + " GET").isEqualTo(expected);
            if (expected != 200) {
                assertThat(put("{\"digestHour\":9}").status()).as(role + " PUT").isEqualTo(expected);
            }
        }
        assertThat(settings.current()).isEqualTo(MailSettings.defaults());
        assertThat(history.recent(10)).isEmpty();
    }
}
