package io.github.promisekeeper.jira.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.RequestTooLargeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body beyond the app's limits: 413 saying which limit. */
@Provider
public class TooLargeMapper implements ExceptionMapper<RequestTooLargeException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public TooLargeMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(RequestTooLargeException tooLarge) {
        return responses.error(
                Response.Status.REQUEST_ENTITY_TOO_LARGE, null, tooLarge.text().in(i18n));
    }
}
