package io.github.promisekeeper.jira.alert.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.alert.AlertConflictException;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.alert.AlertState;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.AlertTexts;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/promise-keeper/1.0/alerts}: the slip alerts, the administrators' "check now", and the slip check's
 * settings. Readers see alerts about customers (the read right) and, of those naming a commitment or a delivering
 * epic, only the ones whose commitment and epic they may open in Jira ({@link AlertFeed}); alerts carry no money.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    static final int DEFAULT_LIMIT = 100;
    /** Most customers one request names: each is one read of the alert store. */
    static final int MAX_CUSTOMERS = 100;

    private final AlertFeed feed;
    private final SlipChecks checks;
    private final SlipCheckJob job;
    private final AlertSettingsStore settings;
    private final Permissions permissions;
    private final UserManager users;
    private final Json json;
    private final JsonResponses responses;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public AlertsResource(
            AlertFeed feed,
            SlipChecks checks,
            SlipCheckJob job,
            AlertSettingsStore settings,
            Permissions permissions,
            UserManager users,
            Json json,
            JsonResponses responses,
            I18nResolver i18n,
            Clock clock) {
        this.feed = feed;
        this.checks = checks;
        this.job = job;
        this.settings = settings;
        this.permissions = permissions;
        this.users = users;
        this.json = json;
        this.responses = responses;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * The alerts the viewer may see, newest first (raised later, then stored later): {@code {"alerts":[…]}}, raised
     * on or after {@code since} (YYYY-MM-DD), about {@code customer} (one key, or up to {@value #MAX_CUSTOMERS}
     * separated by commas), in {@code state} ({@code open} or {@code resolved}), at most {@code limit} (1–1000,
     * default 100) of those the viewer sees. Each alert's kind has its label ({@code kindText}) and its reason, both
     * in the viewer's language.
     *
     * <p>Failures: 400 for a {@code since} that is not a date, a {@code customer} that is not a customer key or names
     * more than {@value #MAX_CUSTOMERS}, a {@code state} other than open or resolved, a {@code limit} outside 1–1000;
     * 401 anonymous; 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response list(
            @QueryParam("since") String since,
            @QueryParam("customer") String customer,
            @QueryParam("state") String state,
            @QueryParam("limit") String limit) {
        AlertQuery query;
        Optional<Integer> size = QueryParams.whole(limit, DEFAULT_LIMIT, 1, AlertQuery.MAX_LIMIT);
        if (size.isEmpty()) {
            return badRequest("limit", "promise-keeper.rest.error.limit", limit, AlertQuery.MAX_LIMIT);
        }
        query = AlertQuery.all(size.get());
        if (since != null && !since.isBlank()) {
            try {
                query = query.since(LocalDate.parse(since.strip()));
            } catch (DateTimeParseException e) {
                return badRequest("since", "promise-keeper.rest.error.alerts.since", since);
            }
        }
        List<String> keys = QueryParams.list(customer);
        if (keys.size() > MAX_CUSTOMERS) {
            return badRequest("customer", "promise-keeper.rest.error.alerts.customers", keys.size(), MAX_CUSTOMERS);
        }
        Set<CustomerKey> customers = new LinkedHashSet<>();
        for (String key : keys) {
            try {
                customers.add(CustomerKey.of(key));
            } catch (IllegalArgumentException e) {
                return badRequest("customer", "promise-keeper.rest.error.key", key);
            }
        }
        if (state != null && !state.isBlank()) {
            Optional<AlertState> wanted = stateOf(state);
            if (wanted.isEmpty()) {
                return badRequest("state", "promise-keeper.rest.error.alerts.state", state);
            }
            query = query.in(wanted.get());
        }
        permissions.requireRead();
        AlertTexts texts = new AlertTexts(i18n);
        return responses.ok(new AlertsView(feed.read(query, customers).stream()
                .map(alert -> AlertView.from(alert, texts))
                .toList()));
    }

    /**
     * Runs the slip check now and answers what it raised and resolved: {@code {"raised":[…],"resolved":[…]}}. It
     * searches as the administrator the check is recorded to search as, or, before one is, as the caller (who is
     * then recorded). Takes no body.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator; 409 when other checks kept storing the
     * same changes first (run it again).
     */
    @POST
    @Path("check")
    @AdminOnly
    public Response check() {
        Viewer administrator = permissions.requireJiraAdministrator();
        ApplicationUser user = users.getUserByKey(administrator.user().getStringValue());
        try {
            return responses.ok(AlertChangesView.from(
                    checks.runNow(user, ChangeOrigin.of(null, administrator.author(), clock.instant())),
                    new AlertTexts(i18n)));
        } catch (AlertConflictException e) {
            return responses.error(
                    Response.Status.CONFLICT, null, i18n.getText("promise-keeper.rest.error.alerts.busy"));
        }
    }

    /**
     * The slip check's settings: {@code {"checkAt":"06:00","noticeDays":14,"runAs":"…","nextRun":"…"}}.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator.
     */
    @GET
    @Path("settings")
    @AdminOnly
    public Response settings() {
        permissions.requireJiraAdministrator();
        return responses.ok(view());
    }

    /**
     * Sets the time the daily check runs (HH:MM, the site's time zone) and the notice days N (1–365); a field left
     * out keeps its value. The saving administrator becomes the one the check searches as. A change is recorded in
     * the settings history; the check's polls read the new time, so nothing is rescheduled. Answers the settings as stored.
     *
     * <p>Failures: 400 for unknown fields, a time that is not HH:MM, notice days outside 1–365; 401 anonymous; 403
     * for anyone but a Jira administrator; 415 for a body that is not {@code application/json}.
     */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response save(@HeaderParam(ChangeOrigin.HEADER) String origin, String body) {
        AlertSettingsView input = json.read(body, AlertSettingsView.class);
        Viewer administrator = permissions.requireJiraAdministrator();
        AlertSettings current = settings.current();
        LocalTime checkAt = current.checkAt();
        if (input.checkAt() != null) {
            try {
                checkAt = LocalTime.parse(input.checkAt().strip());
            } catch (DateTimeParseException e) {
                return badRequest("checkAt", "promise-keeper.rest.error.alerts.check-at", input.checkAt());
            }
        }
        int noticeDays = input.noticeDays() == null ? current.noticeDays() : input.noticeDays();
        if (noticeDays < 1 || noticeDays > AlertSettings.MAX_NOTICE_DAYS) {
            return badRequest(
                    "noticeDays",
                    "promise-keeper.rest.error.alerts.notice-days",
                    Integer.toString(noticeDays),
                    AlertSettings.MAX_NOTICE_DAYS);
        }
        settings.save(
                new AlertSettings(checkAt, noticeDays),
                administrator.user().getStringValue(),
                ChangeOrigin.of(origin, administrator.author(), clock.instant()));
        return responses.ok(view());
    }

    private AlertSettingsView view() {
        return AlertSettingsView.from(
                settings.current(), settings.runAs().orElse(null), job.nextRun().toString());
    }

    private static Optional<AlertState> stateOf(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> Optional.of(AlertState.OPEN);
            case "resolved" -> Optional.of(AlertState.RESOLVED);
            default -> Optional.empty();
        };
    }

    private Response badRequest(String field, String key, Object... arguments) {
        return responses.error(Response.Status.BAD_REQUEST, field, i18n.getText(key, toSerializable(arguments)));
    }

    private static Serializable[] toSerializable(Object[] arguments) {
        Serializable[] written = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Serializable s ? s : String.valueOf(arguments[i]);
        }
        return written;
    }

    /** JSON of a list of alerts. */
    record AlertsView(List<AlertView> alerts) {}
}
