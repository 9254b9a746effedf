package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/promise-keeper/1.0/epics/{key}/commitments}: the epic roll-up, what rides on one epic.
 * Read as the viewer, so commitments they cannot see in Jira never show.
 */
@Path("epics")
@Produces(MediaType.APPLICATION_JSON)
public class EpicCommitmentsResource {

    private final RenewalRadar radar;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public EpicCommitmentsResource(
            RenewalRadar radar,
            SettingsStore settings,
            Permissions permissions,
            JsonResponses responses,
            I18nResolver i18n) {
        this.radar = radar;
        this.settings = settings;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * What rides on the epic {@code issueKey}: the customers it was promised to, their value, the earliest
     * promised date and notice deadline, and the commitments it delivers.
     *
     * <p>Failures: 400 when {@code issueKey} is not an issue key such as PROJ-12; 401 anonymous; 403
     * without the read right. An epic the viewer cannot see, or that delivers nothing, has no commitments.
     */
    @GET
    @Path("{issueKey}/commitments")
    @LicensedOnly
    public Response epicCommitments(@PathParam("issueKey") String issueKey) {
        IssueKey epic;
        try {
            epic = IssueKey.of(issueKey);
        } catch (IllegalArgumentException e) {
            return responses.error(Response.Status.BAD_REQUEST, "issueKey", new ReasonTexts(i18n).message(e));
        }
        Viewer viewer = permissions.requireRead();
        return responses.ok(EpicPromisesView.from(
                radar.promisesOf(epic, viewer.maySeeMoney(), settings.current().radarSettings())));
    }
}
