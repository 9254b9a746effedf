package io.github.promisekeeper.jira.web.rest;

import io.github.promisekeeper.jira.web.JsonInputException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON expected (unknown field, wrong type, not JSON): 400 naming the field. */
@Provider
public class BadInputMapper implements ExceptionMapper<JsonInputException> {

    private final JsonResponses responses;

    @Inject
    public BadInputMapper(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonInputException bad) {
        return responses.error(Response.Status.BAD_REQUEST, bad.field(), bad.getMessage());
    }
}
