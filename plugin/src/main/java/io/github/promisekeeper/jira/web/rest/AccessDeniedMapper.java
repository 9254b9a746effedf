package io.github.promisekeeper.jira.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.permission.AccessDeniedException;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A permission check that failed: 401 when nobody is logged in, else 403, in the one error shape. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public AccessDeniedMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(AccessDeniedException denied) {
        if (denied.anonymous()) {
            return responses.error(Response.Status.UNAUTHORIZED, null, i18n.getText("promise-keeper.rest.error.login"));
        }
        String key = switch (denied.right()) {
            case READ -> "promise-keeper.rest.error.denied.read";
            case SEE_MONEY -> "promise-keeper.rest.error.denied.money";
            case EDIT -> "promise-keeper.rest.error.denied.edit";
            case ADMINISTER -> "promise-keeper.rest.error.denied.administer";
        };
        return responses.error(Response.Status.FORBIDDEN, null, i18n.getText(key));
    }
}
