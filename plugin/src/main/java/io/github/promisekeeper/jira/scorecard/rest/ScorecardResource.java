package io.github.promisekeeper.jira.scorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.scorecard.PromiseScorecard;
import io.github.promisekeeper.core.scorecard.ScorecardPeriod;
import io.github.promisekeeper.core.scorecard.ScorecardRequest;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/scorecard}: the Promise Scorecard, the record of the promises due in a period.
 * Commitments and epics are read as the viewer, so nothing they cannot open in Jira counts or shows.
 */
@Path("scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private final PromiseScorecard scorecard;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public ScorecardResource(
            PromiseScorecard scorecard,
            SettingsStore settings,
            Permissions permissions,
            JsonResponses responses,
            I18nResolver i18n,
            Clock clock) {
        this.scorecard = scorecard;
        this.settings = settings;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * The scorecard of the promises whose promised date falls from {@code from} to {@code to} (ISO dates, both
     * inclusive; both or neither, default the four full quarters before today's), counting only promises with a
     * delivering epic inside the JQL {@code scope} (all promises when absent). The value at risk is present only for
     * viewers with the money right.
     *
     * <p>Failures: 400 when only one of {@code from} and {@code to} is given, either is not an ISO date,
     * {@code from} is after {@code to}, the period is longer than {@value ScorecardPeriod#MAX_DAYS} days, or
     * {@code scope} is a query Jira cannot parse or this viewer cannot run (with Jira's message); 401 anonymous;
     * 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response scorecard(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("scope") String scope) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        LocalDate today = LocalDate.now(clock);
        ScorecardPeriod period;
        if (!hasFrom && !hasTo) {
            period = ScorecardPeriod.lastFullQuarters(today);
        } else if (hasFrom != hasTo) {
            String missing = hasFrom ? "to" : "from";
            return responses.error(
                    Response.Status.BAD_REQUEST, missing, i18n.getText("promise-keeper.scorecard.error.both", missing));
        } else {
            Optional<LocalDate> start = date(from);
            if (start.isEmpty()) {
                return badDate("from", from);
            }
            Optional<LocalDate> end = date(to);
            if (end.isEmpty()) {
                return badDate("to", to);
            }
            if (start.get().isAfter(end.get())) {
                return responses.error(
                        Response.Status.BAD_REQUEST,
                        "to",
                        i18n.getText(
                                "promise-keeper.scorecard.error.order",
                                start.get().toString(),
                                end.get().toString()));
            }
            if (ChronoUnit.DAYS.between(start.get(), end.get()) + 1 > ScorecardPeriod.MAX_DAYS) {
                return responses.error(
                        Response.Status.BAD_REQUEST,
                        "to",
                        i18n.getText("promise-keeper.scorecard.error.length", ScorecardPeriod.MAX_DAYS));
            }
            period = new ScorecardPeriod(start.get(), end.get());
        }
        Scope epicScope = scope == null || scope.isBlank() ? Scope.all() : Scope.jql(scope.strip());
        Viewer viewer = permissions.requireRead();
        PromiseKeeperSettings site = settings.current();
        return responses.ok(ScorecardView.from(
                scorecard.score(
                        new ScorecardRequest(period, epicScope, viewer.maySeeMoney()),
                        site.radarSettings().forecasting(),
                        site.radarSettings().rates()),
                today));
    }

    private Response badDate(String field, String value) {
        return responses.error(
                Response.Status.BAD_REQUEST, field, i18n.getText("promise-keeper.scorecard.error.date", field, value));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
