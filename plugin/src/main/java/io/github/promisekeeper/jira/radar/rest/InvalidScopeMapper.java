package io.github.promisekeeper.jira.radar.rest;

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

    private final JsonResponses responses;

    @Inject
    public InvalidScopeMapper(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(InvalidScopeException invalid) {
        List<ErrorView.FieldError> errors = invalid.messages().isEmpty()
                ? List.of(new ErrorView.FieldError("scope", invalid.getMessage()))
                : invalid.messages().stream()
                        .map(message -> new ErrorView.FieldError("scope", message))
                        .toList();
        return responses.errors(400, new ErrorView(errors));
    }
}
