package io.github.promisekeeper.jira.importer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.importer.ImportRejectedException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An import that could not be read at all: 400 naming the parameter or the body. */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public ImportRejectedMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(ImportRejectedException rejected) {
        return responses.error(
                Response.Status.BAD_REQUEST, rejected.field(), rejected.text().in(i18n));
    }
}
