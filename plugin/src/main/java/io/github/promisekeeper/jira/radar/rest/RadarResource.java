package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/promise-keeper/1.0/radar}: the Renewal Radar, the customers renewing inside a window
 * ranked by risk. Tickets are read as the viewer, so a ticket they cannot open in Jira never shows.
 * {@link RadarCsvResource} answers the same query as a CSV file.
 */
@Path("radar")
@Produces(MediaType.APPLICATION_JSON)
public class RadarResource {

    private final RadarReading reading;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public RadarResource(
            RenewalRadar radar,
            SettingsStore settings,
            Permissions permissions,
            JsonResponses responses,
            I18nResolver i18n) {
        this.reading = new RadarReading(radar, settings, permissions, i18n);
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * The radar for the next {@code days} days (default: the site's setting) counted against
     * {@code basis} ({@code renewal} or {@code notice}), tickets limited to the JQL {@code scope} (all when
     * absent), the {@code limit} riskiest customers (default 20, at most 200).
     *
     * <p>Failures: 400 for {@code days} outside 1–3650, an unknown {@code basis}, a {@code limit} outside
     * 1–200, or a {@code scope} Jira cannot parse or this viewer cannot run (with Jira's message);
     * 401 anonymous; 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response radar(
            @QueryParam("days") String days,
            @QueryParam("basis") String basis,
            @QueryParam("scope") String scope,
            @QueryParam("limit") String limit) {
        RadarReading.Result read = reading.read(days, basis, scope, limit);
        return responses.ok(RadarView.from(read.report(), read.scope(), read.limit(), new ReasonTexts(i18n)));
    }
}
