package io.github.promisekeeper.jira.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.CustomerConflictException;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A customer write the store refused: 409 for a stale version or a CRM id or domain held by another
 * customer, 404 when the customer to edit no longer exists. Nothing was written. The message is in the viewer's
 * language.
 */
@Provider
public class ConflictMapper implements ExceptionMapper<CustomerConflictException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public ConflictMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(CustomerConflictException conflict) {
        String message = new ReasonTexts(i18n).message(conflict);
        return switch (conflict.reason()) {
            case NOT_FOUND -> responses.error(Response.Status.NOT_FOUND, "key", message);
            case STALE_VERSION -> responses.error(Response.Status.CONFLICT, "version", message);
            case CRM_ID_TAKEN -> responses.error(Response.Status.CONFLICT, "crmId", message);
            case DOMAIN_TAKEN -> responses.error(Response.Status.CONFLICT, "domains", message);
        };
    }
}
