package io.github.promisekeeper.jira.web.rest;

import io.github.promisekeeper.jira.web.BadParameterException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A query parameter a resource refused: 400 in the one error shape, naming the parameter. */
@Provider
public class BadParameterMapper implements ExceptionMapper<BadParameterException> {

    private final JsonResponses responses;

    @Inject
    public BadParameterMapper(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(BadParameterException bad) {
        return responses.error(Response.Status.BAD_REQUEST, bad.parameter(), bad.getMessage());
    }
}
