package io.github.promisekeeper.jira.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.web.ErrorView;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Objects;

/**
 * Errors the JAX-RS runtime raises itself (404 no such path, 405, 406, 415 unsupported body type)
 * keep their status but answer in the one error shape.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public HttpErrorMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(WebApplicationException error) {
        int status = error.getResponse().getStatus();
        String message = status == 415
                ? i18n.getText("promise-keeper.rest.error.media-type")
                : i18n.getText(
                        "promise-keeper.rest.error.http",
                        status,
                        Objects.requireNonNullElse(Response.Status.fromStatusCode(status), Response.Status.BAD_REQUEST)
                                .getReasonPhrase());
        return responses.errors(status, ErrorView.of(null, message));
    }
}
