package io.github.promisekeeper.jira.alert.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertState;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.AlertTexts;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/promise-keeper/1.0/alerts}: what the slip check raised, newest first, as the viewer may see it
 * (alerts on commitments or epics they cannot open in Jira never show), each reason in their language.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** Most customers one request names: each is one read of the alert store. */
    static final int MAX_CUSTOMERS = 100;

    private final AlertFeed feed;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public AlertsResource(AlertFeed feed, Permissions permissions, JsonResponses responses, I18nResolver i18n) {
        this.feed = feed;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * The alerts raised on or after {@code since} (an ISO date, {@code 2026-11-24}; every day when absent), about
     * {@code customer} (one key, or up to {@value #MAX_CUSTOMERS} separated by commas; every customer when absent),
     * in {@code state} ({@code open} or {@code resolved}; both when absent), at most {@code limit} (1 to
     * {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}), newest first: {@code {"alerts":[{"id","kind",
     * "kindText","worsening","customer","customerName","commitment","summary","epic","reason","raisedOn",
     * "state","resolvedOn"}],"limit":50}}.
     *
     * <p>Failures: 400 when {@code since} is not an ISO date, {@code customer} is not a customer key or names more
     * than {@value #MAX_CUSTOMERS}, {@code state} is neither open nor resolved, or {@code limit} is outside
     * 1–{@value #MAX_LIMIT}; 401 anonymous; 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response alerts(
            @QueryParam("since") String since,
            @QueryParam("customer") String customer,
            @QueryParam("state") String state,
            @QueryParam("limit") String limit) {
        Optional<LocalDate> from;
        try {
            from = since == null || since.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(since.strip()));
        } catch (DateTimeParseException e) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "since", i18n.getText("promise-keeper.alerts.error.since", since));
        }
        List<String> keys = QueryParams.list(customer);
        if (keys.size() > MAX_CUSTOMERS) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "customer",
                    i18n.getText("promise-keeper.alerts.error.customers", keys.size(), MAX_CUSTOMERS));
        }
        Set<CustomerKey> customers = new LinkedHashSet<>();
        for (String key : keys) {
            try {
                customers.add(CustomerKey.of(key));
            } catch (IllegalArgumentException e) {
                return responses.error(
                        Response.Status.BAD_REQUEST, "customer", i18n.getText("promise-keeper.rest.error.key", key));
            }
        }
        Optional<AlertState> wanted;
        try {
            wanted = state == null || state.isBlank()
                    ? Optional.empty()
                    : Optional.of(AlertState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "state", i18n.getText("promise-keeper.alerts.error.state", state));
        }
        Optional<Integer> count = QueryParams.whole(limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (count.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, MAX_LIMIT));
        }
        permissions.requireRead();
        AlertQuery query = new AlertQuery(from, Optional.empty(), Optional.empty(), wanted, count.get());
        AlertTexts texts = new AlertTexts(i18n);
        return responses.ok(new AlertsView(
                feed.read(query, customers).stream()
                        .map(stored -> AlertView.from(stored, texts))
                        .toList(),
                count.get()));
    }

    /** JSON of {@code GET /alerts}. */
    record AlertsView(List<AlertView> alerts, int limit) {}
}
