package io.github.promisekeeper.jira.importer.rest;

import io.github.promisekeeper.jira.importer.ImportRejectedException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An import that could not be read at all: 400 naming the parameter or the body. */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    private final JsonResponses responses;

    @Inject
    public ImportRejectedMapper(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(ImportRejectedException rejected) {
        return responses.error(Response.Status.BAD_REQUEST, rejected.field(), rejected.getMessage());
    }
}
