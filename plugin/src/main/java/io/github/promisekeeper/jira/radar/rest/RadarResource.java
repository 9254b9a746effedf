package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/radar}: the Renewal Radar, the customers renewing inside a window
 * ranked by risk. Tickets are read as the viewer, so a ticket they cannot open in Jira never shows.
 */
@Path("radar")
@Produces(MediaType.APPLICATION_JSON)
public class RadarResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private final RenewalRadar radar;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public RadarResource(
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
        PromiseKeeperSettings site = settings.current();
        Optional<Integer> windowDays = QueryParams.whole(days, site.defaultDays(), 1, RenewalWindow.MAX_DAYS);
        if (windowDays.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "days",
                    i18n.getText("promise-keeper.rest.error.days", days, RenewalWindow.MAX_DAYS));
        }
        Optional<WindowBasis> windowBasis = basis(basis, site.basis());
        if (windowBasis.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "basis", i18n.getText("promise-keeper.radar.error.basis", basis));
        }
        Optional<Integer> shown = QueryParams.whole(limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (shown.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, MAX_LIMIT));
        }
        Scope ticketScope = scope == null || scope.isBlank() ? Scope.all() : Scope.jql(scope.strip());
        Viewer viewer = permissions.requireRead();
        RadarRequest request = new RadarRequest(windowDays.get(), windowBasis.get(), ticketScope, viewer.maySeeMoney());
        return responses.ok(RadarView.from(
                radar.look(request, site.radarSettings()), ticketScope.value(), shown.get(), new ReasonTexts(i18n)));
    }

    private static Optional<WindowBasis> basis(String basis, WindowBasis fallback) {
        if (basis == null || basis.isBlank()) {
            return Optional.of(fallback);
        }
        return WindowBasis.fromWord(basis);
    }
}
