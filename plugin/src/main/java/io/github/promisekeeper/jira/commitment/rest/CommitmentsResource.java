package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.renewal.NextRenewal;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/promise-keeper/1.0/commitments}: the promises made to customers, with their health. Read
 * as the viewer, so commitments and epics they cannot see in Jira never show.
 */
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentsResource {

    private final CommitmentQueries queries;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;
    private final Clock clock;

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    public CommitmentsResource(
            CommitmentQueries queries,
            SettingsStore settings,
            Permissions permissions,
            JsonResponses responses,
            I18nResolver i18n,
            Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.settings = settings;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * The commitments to {@code customer} (one key, or several separated by commas) — or, without
     * {@code customer}, to every customer, one page at a time ({@code start} from 0, {@code limit} 1 to
     * {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) — worst health first, optionally only those whose
     * health is one of {@code health} (comma separated: delivered, delivered-late, on-track, at-risk, overdue,
     * breaches-renewal, no-delivery-plan): {@code {"commitments":[…],"total":n,"start":0,"limit":100,
     * "customers":[…],"truncated":false}}, where {@code total} counts every match, {@code customers} names the
     * page's customers with their renewal and notice deadline, and {@code truncated} says customers beyond the
     * first {@value CommitmentQueries#MAX_CUSTOMERS} (by key) were not looked at. With {@code customer}, every
     * match is answered unless {@code start} or {@code limit} is given.
     *
     * <p>Failures: 400 when {@code customer} is not a customer key, {@code health} names an unknown health,
     * {@code start} is negative or {@code limit} is outside 1–{@value #MAX_LIMIT}; 401 anonymous; 403 without
     * the read right.
     */
    @GET
    @LicensedOnly
    public Response commitments(
            @QueryParam("customer") String customer,
            @QueryParam("health") String health,
            @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        Set<CustomerKey> customers = new LinkedHashSet<>();
        try {
            QueryParams.list(customer).forEach(key -> customers.add(CustomerKey.of(key)));
        } catch (IllegalArgumentException e) {
            return responses.error(Response.Status.BAD_REQUEST, "customer", e.getMessage());
        }
        List<String> healthNames = QueryParams.list(health);
        Set<Health> wanted = healthNames.isEmpty() ? EnumSet.allOf(Health.class) : EnumSet.noneOf(Health.class);
        for (String name : healthNames) {
            try {
                wanted.add(Health.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                return responses.error(
                        Response.Status.BAD_REQUEST,
                        "health",
                        i18n.getText("promise-keeper.commitments.error.health", name));
            }
        }
        boolean paged = customers.isEmpty() || start != null || limit != null;
        Optional<Integer> offset = QueryParams.whole(start, 0, 0, Integer.MAX_VALUE);
        Optional<Integer> pageSize = QueryParams.whole(limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (offset.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "start", i18n.getText("promise-keeper.rest.error.start", start));
        }
        if (pageSize.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, MAX_LIMIT));
        }
        Viewer viewer = permissions.requireRead();
        PromiseKeeperSettings site = settings.current();
        CommitmentQueries.Result result;
        if (customers.isEmpty()) {
            result = queries.ofAllCustomers(
                    wanted, offset.get(), pageSize.get(), site.radarSettings().forecasting(), viewer.maySeeMoney());
        } else {
            CommitmentQueries.Result all =
                    queries.of(customers, wanted, site.radarSettings().forecasting(), viewer.maySeeMoney());
            result = paged ? all.page(offset.get(), pageSize.get()) : all;
        }
        LocalDate today = LocalDate.now(clock);
        ReasonTexts reasons = new ReasonTexts(i18n);
        return responses.ok(new CommitmentsView(
                result.commitments().stream()
                        .map(found -> CommitmentView.from(found, reasons))
                        .toList(),
                result.total(),
                paged ? offset.get() : 0,
                paged ? pageSize.get() : result.total(),
                result.customers().values().stream()
                        .map(promisedTo -> CustomerSummary.from(promisedTo, today))
                        .toList(),
                result.truncated()));
    }

    /** A customer a listed commitment was promised to: its name, next renewal and notice deadline. */
    record CustomerSummary(String key, String name, LocalDate nextRenewal, LocalDate noticeDeadline) {
        static CustomerSummary from(Customer customer, LocalDate today) {
            Optional<NextRenewal> next = NextRenewal.of(customer, today);
            return new CustomerSummary(
                    customer.key().value(),
                    customer.name(),
                    next.map(NextRenewal::renewal).orElse(null),
                    next.map(NextRenewal::noticeDeadline).orElse(null));
        }
    }

    /** JSON of {@code GET /commitments}. */
    record CommitmentsView(
            List<CommitmentView> commitments,
            int total,
            int start,
            int limit,
            List<CustomerSummary> customers,
            boolean truncated) {}
}
