package io.github.promisekeeper.jira.importer.rest;

import io.github.promisekeeper.jira.importer.ImportBusyException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another import is still running: 409, try again later. */
@Provider
public class ImportBusyMapper implements ExceptionMapper<ImportBusyException> {

    private final JsonResponses responses;

    @Inject
    public ImportBusyMapper(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(ImportBusyException busy) {
        return responses.error(Response.Status.CONFLICT, null, busy.getMessage());
    }
}
