package io.github.promisekeeper.jira.web.rest;

import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A customer write the store refused: 409 for a stale version or a CRM id or domain held by another
 * customer, 404 when the customer to edit no longer exists. Nothing was written.
 */
@Provider
public class ConflictMapper implements ExceptionMapper<CustomerConflictException> {

    private final JsonResponses responses;

    @Inject
    public ConflictMapper(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(CustomerConflictException conflict) {
        return switch (conflict.reason()) {
            case NOT_FOUND -> responses.error(Response.Status.NOT_FOUND, "key", conflict.getMessage());
            case STALE_VERSION -> responses.error(Response.Status.CONFLICT, "version", conflict.getMessage());
            case CRM_ID_TAKEN -> responses.error(Response.Status.CONFLICT, "crmId", conflict.getMessage());
            case DOMAIN_TAKEN -> responses.error(Response.Status.CONFLICT, "domains", conflict.getMessage());
        };
    }
}
