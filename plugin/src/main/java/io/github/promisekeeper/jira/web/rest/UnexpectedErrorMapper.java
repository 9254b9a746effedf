package io.github.promisekeeper.jira.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Anything else that went wrong: logged with an incident id, answered with 500 and that id only — a
 * stack trace or exception message can reveal internals, so none reaches the caller.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public UnexpectedErrorMapper(I18nResolver i18n, JsonResponses responses) {
        this.i18n = i18n;
        this.responses = responses;
    }

    @Override
    public Response toResponse(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Promise Keeper REST request failed, incident {}", incident, error);
        return responses.error(
                Response.Status.INTERNAL_SERVER_ERROR,
                null,
                i18n.getText("promise-keeper.rest.error.unexpected", incident));
    }
}
