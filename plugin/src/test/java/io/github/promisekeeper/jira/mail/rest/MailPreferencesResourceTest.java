package io.github.promisekeeper.jira.mail.rest;

import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.jira.mail.InMemoryMailPreferences;
import io.github.promisekeeper.jira.mail.MailSettings;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static io.github.promisekeeper.jira.mail.rest.MailRest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * {@code /preferences}: each user reads and changes their own mail preferences and no one else's; the site's
 * defaults until they choose; a missing or bad field is a 400 naming it, in words from the texts, and stores nothing.
 */
class MailPreferencesResourceTest {

    private static final String JSON = "application/json";

    private final MailRest site = new MailRest();

    private final UserManager users = mock(UserManager.class);
    private final InMemoryMailPreferences preferences = new InMemoryMailPreferences();
    private final MailSettingsStore settings = new MailSettingsStore(new InMemoryPluginSettings().factory());
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        rest = site.serving(new MailPreferencesResource(
                preferences,
                settings,
                new Permissions(users, () -> Role.GROUPS),
                site.json,
                site.responses,
                site.texts));
        Role.USER.actOn(users);
    }

    private InProcessJaxRs.Answer put(String body) {
        return rest.send("PUT", "preferences", JSON, body);
    }

    @Test
    void aUserWhoNeverChoseReadsTheSiteDefaultsAsNotChosen() {
        settings.save(new MailSettings(settings.current().digest(), false, true, Map.of()));

        InProcessJaxRs.Answer answer = rest.get("preferences");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("immediate").getAsBoolean()).isFalse();
        assertThat(json(answer).get("digest").getAsBoolean()).isTrue();
        assertThat(json(answer).get("format").getAsString()).isEqualTo("html");
        assertThat(json(answer).get("chosen").getAsBoolean()).isFalse();
    }

    @Test
    void savesTheCallersOwnPreferencesAndNoOneElses() {
        InProcessJaxRs.Answer saved = put("{\"immediate\":false,\"digest\":false,\"format\":\"text\"}");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("chosen").getAsBoolean()).isTrue();
        assertThat(preferences.findByUser("ursula")).contains(new MailPreferences(false, false, MailFormat.TEXT));
        assertThat(json(rest.get("preferences")).get("format").getAsString()).isEqualTo("text");

        Role.EDITOR.actOn(users);
        JsonObject theirs = json(rest.get("preferences"));
        assertThat(theirs.get("chosen").getAsBoolean())
                .as("another user still has the defaults")
                .isFalse();
        assertThat(theirs.get("format").getAsString()).isEqualTo("html");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"digest\":true,\"format\":\"html\"} | immediate | promise-keeper.preferences.error.immediate",
                "{\"immediate\":true,\"format\":\"html\"} | digest | promise-keeper.preferences.error.digest",
                "{\"immediate\":true,\"digest\":true} | format | promise-keeper.preferences.error.format",
                "{\"immediate\":true,\"digest\":true,\"format\":\"pdf\"} | format | promise-keeper.preferences.error.format"
            })
    void refusesAMissingOrBadFieldNamingItAndStoresNothing(String body, String field, String key) {
        InProcessJaxRs.Answer answer = put(body);

        site.assertRefusedAt(answer, field, key);
        assertThat(preferences.findByUser("ursula")).isEmpty();
    }

    @Test
    void refusesAnUnknownFieldAndStoresNothing() {
        InProcessJaxRs.Answer answer = put("{\"immediate\":true,\"digest\":true,\"format\":\"html\",\"user\":\"ada\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(preferences.findByUser("ursula")).isEmpty();
        assertThat(preferences.findByUser("ada")).isEmpty();
    }

    @Test
    void refusesAnonymousCallersWith401AndUnlicensedOnesWith403() {
        for (Role role : new Role[] {Role.ANONYMOUS, Role.UNLICENSED}) {
            role.actOn(users);
            int expected = role == Role.ANONYMOUS ? 401 : 403;

            assertThat(rest.get("preferences").status()).as(role + " GET").isEqualTo(expected);
            assertThat(put("{\"immediate\":false,\"digest\":false,\"format\":\"text\"}")
                            .status())
                    .as(role + " PUT")
                    .isEqualTo(expected);
        }
        assertThat(preferences.findByUser("una")).isEqualTo(Optional.empty());
    }
}
