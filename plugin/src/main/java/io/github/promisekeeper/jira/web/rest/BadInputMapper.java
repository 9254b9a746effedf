package io.github.promisekeeper.jira.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.web.JsonInputException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not the JSON expected (unknown field, wrong type, not JSON): 400 naming the field, in the
 * viewer's language.
 */
@Provider
public class BadInputMapper implements ExceptionMapper<JsonInputException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public BadInputMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonInputException bad) {
        return responses.error(
                Response.Status.BAD_REQUEST, bad.field(), bad.text().in(i18n));
    }
}
