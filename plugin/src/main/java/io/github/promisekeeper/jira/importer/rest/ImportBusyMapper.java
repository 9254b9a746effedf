package io.github.promisekeeper.jira.importer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.importer.ImportBusyException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another import is still running: 409, try again later. */
@Provider
public class ImportBusyMapper implements ExceptionMapper<ImportBusyException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public ImportBusyMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(ImportBusyException busy) {
        return responses.error(Response.Status.CONFLICT, null, busy.text().in(i18n));
    }
}
