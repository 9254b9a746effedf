package io.github.promisekeeper.jira.settings.rest;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.customer.ChangeSource;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.InMemorySettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsEditor;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadInputMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SettingsResourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final InMemorySettingsHistory history = new InMemorySettingsHistory();
    private final SettingsStore settings = new SettingsStore(stored.factory());
    private final UserManager userManager = mock(UserManager.class);
    private final SearchService searchService = mock(SearchService.class);
    private InProcessJaxRs rest;

    @BeforeEach
    void start() {
        rest = rest(new PropertiesI18nResolver());
        Role.ADMIN.actOn(userManager);
        SearchService.ParseResult parses = mock(SearchService.ParseResult.class);
        when(parses.isValid()).thenReturn(true);
        when(searchService.parseQuery(any(), anyString())).thenReturn(parses);
    }

    /** The settings resource answering in the language of {@code i18n}. */
    private InProcessJaxRs rest(I18nResolver i18n) {
        Json json = new Json();
        JsonResponses responses = new JsonResponses(json);
        return new InProcessJaxRs(
                new SettingsResource(
                        settings,
                        new EpicChildrenSettings(stored.factory()),
                        new SettingsEditor(
                                settings,
                                new EpicChildrenSettings(stored.factory()),
                                new JqlSearch(searchService, mock(JiraAuthenticationContext.class)),
                                history),
                        new Permissions(userManager, settings),
                        json,
                        responses,
                        history,
                        CLOCK,
                        i18n),
                new AccessDeniedMapper(i18n, responses),
                new BadInputMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses));
    }

    private static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void showsTheDefaults() {
        JsonObject current = json(rest.get("settings"));

        assertThat(current.get("defaultDays").getAsInt()).isEqualTo(90);
        assertThat(current.get("basis").getAsString()).isEqualTo("renewal");
        assertThat(current.get("reportingCurrency").getAsString()).isEqualTo("USD");
        assertThat(current.getAsJsonArray("financeGroups").get(0).getAsString()).isEqualTo("jira-administrators");
        assertThat(current.getAsJsonObject("epicChildren").get("jqlTemplate").getAsString())
                .contains("{epic}");
    }

    @Test
    void savesWhatIsSentKeepsTheRestAndTheGroupsTakeEffect() {
        InProcessJaxRs.Answer saved = rest.send("PUT", "settings", "application/json", """
                {"defaultDays":60,"basis":"notice","reportingCurrency":"EUR","rates":{"USD":"0.92"},
                 "financeGroups":["finance"],"editorGroups":["promise-keeper-editors"]}""");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(settings.current().defaultDays()).isEqualTo(60);
        assertThat(settings.current().rates().get("USD")).isEqualByComparingTo("0.92");
        assertThat(json(saved).getAsJsonArray("readerGroups")).isEmpty();
        Role.EDITOR.actOn(userManager);
        assertThat(rest.get("settings").status()).as("editors now may").isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"defaultDays\":0}",
                "{\"basis\":\"soon\"}",
                "{\"reportingCurrency\":\"usd\"}",
                "{\"rates\":{\"EUR\":\"-1\"}}",
                "{\"rates\":{\"EUR\":\"lots\"}}",
                "{\"financeGroups\":[\" \"]}",
                "{\"epicChildren\":{\"jqlTemplate\":\"parent = 1\",\"epicField\":\"Epic Link\"}}",
                "{\"colour\":\"blue\"}"
            })
    void refusesInvalidSettingsAndKeepsTheStoredOnes(String body) {
        InProcessJaxRs.Answer answer = rest.send("PUT", "settings", "application/json", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(settings.current().defaultDays()).isEqualTo(90);
        assertThat(history.recent(10))
                .as("a refused change is not in the history")
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"defaultDays\":0}|defaultDays|The default window is 1 to 3650 days, not 0.",
                "{\"basis\":\"soon\"}|basis|The basis 'soon' is not renewal or notice.",
                "{\"reportingCurrency\":\"usd\"}|reportingCurrency|Currency 'usd' is not an ISO 4217 code such as USD or EUR.",
                "{\"reportingCurrency\":\"XYZ\"}|reportingCurrency|Currency 'XYZ' is not an ISO 4217 code.",
                "{\"rates\":{\"EUR\":\"-1\"}}|reportingCurrency|The rate of EUR must be a positive number.",
                "{\"rates\":{\"EUR\":\"lots\"}}|rates|The rate of EUR is not a number.",
                "{\"financeGroups\":[\" \"]}|groups|A group name cannot be blank.",
                "{\"epicChildren\":{\"jqlTemplate\":\"parent = 1\"}}|epicChildren|The epic children query must contain {epic}.",
                "{\"epicChildren\":{\"epicField\":\" \"}}|epicChildren|The epic field name must not be blank.",
                "[1]|`null`|The body must be a JSON object.",
                "{\"defaultDays\":\"many\"}|`null`|The body has a value of the wrong type: For input string: \"many\"",
            })
    void writesEachRefusalInEnglishAsItAlwaysHas(String body, String field, String message) {
        InProcessJaxRs.Answer answer = rest.send("PUT", "settings", "application/json", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.has("field") ? error.get("field").getAsString() : "null")
                .isEqualTo(field);
        assertThat(error.get("message").getAsString()).isEqualTo(message);
    }

    @Test
    void writesRefusalsInTheViewersLanguage() {
        InProcessJaxRs german = rest(TranslatedI18nResolver.german(Map.of(
                "promise-keeper.settings.error.group.blank", "Ein Gruppenname darf nicht leer sein.",
                "promise-keeper.reason.value.currency.shape",
                        "Währung ''{0}'' ist kein ISO-4217-Code wie USD oder EUR.",
                "promise-keeper.rest.error.json.unknown-field",
                        "Unbekanntes Feld ''{0}''; die Felder hier sind {1}.")));

        assertThat(List.of(
                        german.send("PUT", "settings", "application/json", "{\"financeGroups\":[\" \"]}"),
                        german.send("PUT", "settings", "application/json", "{\"reportingCurrency\":\"usd\"}"),
                        german.send("PUT", "settings", "application/json", "{\"colour\":\"blue\"}")))
                .extracting(answer -> json(answer)
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .containsExactly(
                        "Ein Gruppenname darf nicht leer sein.",
                        "Währung 'usd' ist kein ISO-4217-Code wie USD oder EUR.",
                        "Unbekanntes Feld 'colour'; die Felder hier sind [basis, defaultDays, editorGroups, epicChildren, "
                                + "financeGroups, rates, readerGroups, reportingCurrency].");
    }

    @Test
    void keepsTheStoredPartOfTheEpicChildrenSettingThatABodyLeavesOut() {
        InProcessJaxRs.Answer templateOnly = rest.send(
                "PUT", "settings", "application/json", "{\"epicChildren\":{\"jqlTemplate\":\"parent = {epic}\"}}");

        assertThat(templateOnly.status()).as(templateOnly.body()).isEqualTo(200);
        assertThat(json(templateOnly)
                        .getAsJsonObject("epicChildren")
                        .get("epicField")
                        .getAsString())
                .isEqualTo("Epic Link");

        InProcessJaxRs.Answer fieldOnly =
                rest.send("PUT", "settings", "application/json", "{\"epicChildren\":{\"epicField\":\"Parent\"}}");

        assertThat(fieldOnly.status()).as(fieldOnly.body()).isEqualTo(200);
        assertThat(json(fieldOnly)
                        .getAsJsonObject("epicChildren")
                        .get("jqlTemplate")
                        .getAsString())
                .isEqualTo("parent = {epic}");
        assertThat(json(fieldOnly)
                        .getAsJsonObject("epicChildren")
                        .get("epicField")
                        .getAsString())
                .isEqualTo("Parent");
    }

    @Test
    void recordsASettingsChangeFromTheAdminPageAsMadeThere() {
        InProcessJaxRs.Answer saved = rest.send(
                "PUT",
                "settings",
                "application/json",
                "{\"basis\":\"notice\"}",
                Map.of(ChangeOrigin.HEADER, ChangeOrigin.ADMIN_PAGE));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(history.recent(1).get(0).change().source()).isEqualTo(ChangeSource.ADMIN_PAGE);
    }

    @Test
    void savesAnEpicChildrenQueryThatJiraParsesWithAKeyInPlaceOfTheEpic() {
        InProcessJaxRs.Answer saved = rest.send(
                "PUT",
                "settings",
                "application/json",
                "{\"epicChildren\":{\"jqlTemplate\":\"parent = {epic}\",\"epicField\":\"Parent\"}}");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        verify(searchService).parseQuery(any(), eq("parent = \"PK-1\""));
        assertThat(json(saved)
                        .getAsJsonObject("epicChildren")
                        .get("jqlTemplate")
                        .getAsString())
                .isEqualTo("parent = {epic}");
    }

    @Test
    void refusesAnEpicChildrenQueryJiraCannotParseWithJirasMessageAndKeepsTheStoredOne() {
        SearchService.ParseResult broken = mock(SearchService.ParseResult.class);
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Error in the JQL Query: Expecting ')' but got the end."));
        when(broken.isValid()).thenReturn(false);
        when(broken.getErrors()).thenReturn(errors);
        when(searchService.parseQuery(any(), eq("(\"Epic Link\" = \"PK-1\""))).thenReturn(broken);

        InProcessJaxRs.Answer refused = rest.send(
                "PUT",
                "settings",
                "application/json",
                "{\"epicChildren\":{\"jqlTemplate\":\"(\\\"Epic Link\\\" = {epic}\",\"epicField\":\"Epic Link\"}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonObject error = json(refused).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo("epicChildren");
        assertThat(error.get("message").getAsString()).contains("Expecting ')' but got the end.");
        assertThat(json(rest.get("settings"))
                        .getAsJsonObject("epicChildren")
                        .get("jqlTemplate")
                        .getAsString())
                .isEqualTo("\"Epic Link\" = {epic}");
    }

    @Test
    void onlyEditorsAndAdministratorsReadOrChangeSettingsAndOnlyAsJson() {
        assertThat(rest.send("PUT", "settings", "text/plain", "{\"defaultDays\":30}")
                        .status())
                .isEqualTo(415);
        Role.FINANCE.actOn(userManager);
        assertThat(rest.get("settings").status()).isEqualTo(403);
        assertThat(rest.send("PUT", "settings", "application/json", "{\"defaultDays\":30}")
                        .status())
                .isEqualTo(403);
        assertThat(rest.get("settings/history").status()).isEqualTo(403);
        assertThat(settings.current().defaultDays()).isEqualTo(90);
        assertThat(history.recent(10)).isEmpty();
    }

    @Test
    void recordsWhoChangedWhatFromWhatToWhatAndWhenNewestFirst() {
        rest.send(
                "PUT",
                "settings",
                "application/json",
                "{\"defaultDays\":60,\"rates\":{\"EUR\":\"1.08\"},\"editorGroups\":[\"promise-keeper-editors\"]}");
        Role.EDITOR.actOn(userManager);
        rest.send(
                "PUT",
                "settings",
                "application/json",
                "{\"basis\":\"notice\",\"financeGroups\":[\"finance\"],"
                        + "\"epicChildren\":{\"jqlTemplate\":\"parent = {epic}\",\"epicField\":\"Parent\"}}");

        InProcessJaxRs.Answer answer = rest.get("settings/history");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonArray changes = json(answer).getAsJsonArray("changes");
        assertThat(changes).hasSize(2);
        JsonObject latest = changes.get(0).getAsJsonObject();
        assertThat(latest.get("author").getAsString()).isEqualTo("eddie");
        assertThat(latest.get("at").getAsString()).isEqualTo("2026-11-27T08:00:00Z");
        assertThat(latest.get("source").getAsString()).isEqualTo("rest");
        assertThat(latest.get("description").getAsString())
                .isEqualTo("basis renewal → notice; epic children JQL "
                        + EpicChildrenQuery.jiraSoftware().template() + " → parent = {epic}; epic link field "
                        + EpicChildrenQuery.jiraSoftware().epicFieldName()
                        + " → Parent; finance groups jira-administrators → finance");
        JsonObject first = changes.get(1).getAsJsonObject();
        assertThat(first.get("author").getAsString()).isEqualTo("ada");
        assertThat(first.get("description").getAsString())
                .isEqualTo(
                        "radar window (days) 90 → 60; rate EUR added: 1.08; editor groups (none) → promise-keeper-editors");
    }

    @Test
    void namesTheDefaultWindowAsTheFieldInErrorWhenItIsOutOfRange() {
        InProcessJaxRs.Answer answer = rest.send("PUT", "settings", "application/json", "{\"defaultDays\":0}");

        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo("defaultDays");
        assertThat(error.get("message").getAsString()).isEqualTo("The default window is 1 to 3650 days, not 0.");
    }

    @Test
    void aSaveThatChangesNothingIsNotRecorded() {
        assertThat(rest.send("PUT", "settings", "application/json", "{\"defaultDays\":90,\"basis\":\"renewal\"}")
                        .status())
                .isEqualTo(200);

        assertThat(json(rest.get("settings/history")).getAsJsonArray("changes")).isEmpty();
    }

    @Test
    void refusesAHistoryLimitOutsideOneToAHundred() {
        InProcessJaxRs.Answer answer = rest.get("settings/history?limit=101");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(json(answer)
                        .getAsJsonArray("errors")
                        .get(0)
                        .getAsJsonObject()
                        .get("field")
                        .getAsString())
                .isEqualTo("limit");
    }
}
