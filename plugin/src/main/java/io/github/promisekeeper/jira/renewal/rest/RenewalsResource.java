package io.github.promisekeeper.jira.renewal.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.UpcomingRenewals;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** {@code /rest/promise-keeper/1.0/renewals}: customers whose next renewal falls within the next N days. */
@Path("renewals")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RenewalsResource {

    static final int DEFAULT_DAYS = 90;

    private final UpcomingRenewals upcomingRenewals;
    private final Clock clock;
    private final I18nResolver i18n;
    private final JsonResponses responses;

    @Inject
    public RenewalsResource(
            UpcomingRenewals upcomingRenewals, Clock clock, I18nResolver i18n, JsonResponses responses) {
        this.upcomingRenewals = upcomingRenewals;
        this.clock = clock;
        this.i18n = i18n;
        this.responses = responses;
    }

    /**
     * Lists the customers renewing within {@code days} days of today (site time zone), soonest first.
     *
     * <p>Failures: 400 with {@code {"errors":[{"field":"days",…}]}} when {@code days} is not a whole
     * number from 1 to 3650; 401/403 from Jira for callers without a licence (REST v2 {@code @LicensedOnly}).
     */
    @GET
    public Response renewals(@QueryParam("days") String days) {
        Optional<Integer> windowDays = QueryParams.whole(days, DEFAULT_DAYS, 1, RenewalWindow.MAX_DAYS);
        if (windowDays.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "days",
                    i18n.getText("promise-keeper.rest.error.days", days, RenewalWindow.MAX_DAYS));
        }
        return responses.ok(
                RenewalsView.from(LocalDate.now(clock), windowDays.get(), upcomingRenewals.within(windowDays.get())));
    }
}
