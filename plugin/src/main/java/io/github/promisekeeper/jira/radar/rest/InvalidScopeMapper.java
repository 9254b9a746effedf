package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;
import io.github.promisekeeper.jira.web.ErrorView;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A radar scope Jira rejected: 400 on {@code scope}, one error per message of Jira's. */
@Provider
public class InvalidScopeMapper implements ExceptionMapper<InvalidScopeException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public InvalidScopeMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(InvalidScopeException invalid) {
        List<ErrorView.FieldError> errors = invalid.messages().isEmpty()
                ? List.of(new ErrorView.FieldError(
                        "scope", invalid.text().map(text -> text.in(i18n)).orElseGet(invalid::getMessage)))
                : invalid.messages().stream()
                        .map(message -> new ErrorView.FieldError("scope", message))
                        .toList();
        return responses.errors(400, new ErrorView(errors));
    }
}
