package io.github.promisekeeper.jira.customer.autofill.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.scheduler.SchedulerServiceException;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfill;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfillJob;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * {@code /rest/promise-keeper/1.0/backfill}: fill in the Customer field of existing issues from their
 * reporters' email domains, as a job that runs once per cluster, and follow its progress.
 *
 * <p>Jira administrators only ({@code @AdminOnly}, checked again by {@link Permissions}): the job changes
 * issues across projects as the administrator who started it. The start takes no body, so there is no
 * content type a cross-site form could forge; Jira's XSRF check for REST applies to it as to any POST.
 */
@Path("backfill")
@Produces(MediaType.APPLICATION_JSON)
public class BackfillResource {

    private final CustomerBackfillJob job;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public BackfillResource(
            CustomerBackfillJob job, Permissions permissions, JsonResponses responses, I18nResolver i18n) {
        this.job = job;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * The backfill's progress: {@code {"status":"running","scanned":n,"changed":n}}.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator.
     */
    @GET
    @AdminOnly
    public Response progress() {
        permissions.requireJiraAdministrator();
        return responses.ok(ProgressView.from(job.progress()));
    }

    /**
     * Starts the backfill for the calling administrator's view of the issues; 202 with its progress.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator; 409 when a run is already
     * scheduled or running; 503 when Jira's scheduler refuses the job.
     */
    @POST
    @AdminOnly
    public Response start() {
        Viewer administrator = permissions.requireJiraAdministrator();
        try {
            if (!job.start(administrator.user().getStringValue())) {
                return responses.error(
                        Response.Status.CONFLICT,
                        null,
                        i18n.getText(
                                "promise-keeper.rest.error.backfill.busy",
                                ProgressView.from(job.progress()).status()));
            }
        } catch (SchedulerServiceException e) {
            return responses.error(
                    Response.Status.SERVICE_UNAVAILABLE,
                    null,
                    i18n.getText("promise-keeper.rest.error.backfill.scheduler", e.getMessage()));
        }
        return responses.status(Response.Status.ACCEPTED, ProgressView.from(job.progress()));
    }

    /** JSON of the progress. */
    record ProgressView(String status, long scanned, long changed) {

        static ProgressView from(CustomerBackfill.Progress progress) {
            return new ProgressView(
                    progress.status().name().toLowerCase(Locale.ROOT), progress.scanned(), progress.changed());
        }
    }
}
