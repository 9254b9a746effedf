package io.github.promisekeeper.jira.mail.rest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadInputMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What the mail REST tests share: the English texts, the JSON the resources answer with, and their error mappers. */
final class MailRest {

    final PropertiesI18nResolver texts = new PropertiesI18nResolver();
    final Json json = new Json();
    final JsonResponses responses = new JsonResponses(json);

    /** {@code resource} served in process with the plugin's mappers for refused access, bad input and HTTP errors. */
    InProcessJaxRs serving(Object resource) {
        return new InProcessJaxRs(
                resource,
                new AccessDeniedMapper(texts, responses),
                new BadInputMapper(texts, responses),
                new HttpErrorMapper(texts, responses));
    }

    static JsonObject json(InProcessJaxRs.Answer answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    /**
     * Asserts that {@code answer} is a 400 whose first error names {@code field} with the text of {@code key} (the
     * resolved words, not the key).
     */
    void assertRefusedAt(InProcessJaxRs.Answer answer, String field, String key) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonObject error = json(answer).getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo(field);
        assertThat(error.get("message").getAsString())
                .isEqualTo(texts.getText(key))
                .doesNotStartWith(key);
    }
}
