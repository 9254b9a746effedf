package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.renewal.NextRenewal;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/commitments}: the promises made to customers, with their health. Read
 * as the viewer, so commitments and epics they cannot see in Jira never show. {@link CommitmentsCsvResource} answers
 * the same query as a CSV file.
 */
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentsResource {

    private final CommitmentsReading reading;
    private final JsonResponses responses;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public CommitmentsResource(
            CommitmentQueries queries,
            SettingsStore settings,
            Permissions permissions,
            JsonResponses responses,
            I18nResolver i18n,
            Clock clock) {
        this.reading = new CommitmentsReading(queries, settings, permissions, i18n);
        this.responses = responses;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * The commitments to {@code customer} (one key, or several separated by commas) — or, without
     * {@code customer}, to every customer, one page at a time ({@code start} from 0, {@code limit} 1 to
     * {@value CommitmentsReading#MAX_LIMIT}, default {@value CommitmentsReading#DEFAULT_LIMIT}) — worst health first, optionally only those whose
     * health is one of {@code health} (comma separated: delivered, delivered-late, on-track, at-risk, overdue,
     * breaches-renewal, no-delivery-plan): {@code {"commitments":[…],"total":n,"start":0,"limit":100,
     * "customers":[…],"truncated":false}}, where {@code total} counts every match, {@code customers} names the
     * page's customers with their renewal and notice deadline, and {@code truncated} says customers beyond the
     * first {@value CommitmentQueries#MAX_CUSTOMERS} (by key) were not looked at. With {@code customer}, every
     * match is answered unless {@code start} or {@code limit} is given.
     *
     * <p>Failures: 400 when {@code customer} is not a customer key, {@code health} names an unknown health,
     * {@code start} is negative or {@code limit} is outside 1–{@value CommitmentsReading#MAX_LIMIT}; 401 anonymous; 403 without
     * the read right.
     */
    @GET
    @LicensedOnly
    public Response commitments(
            @QueryParam("customer") String customer,
            @QueryParam("health") String health,
            @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        CommitmentsReading.Result read = reading.read(customer, health, start, limit);
        CommitmentQueries.Result result = read.found();
        LocalDate today = LocalDate.now(clock);
        ReasonTexts reasons = new ReasonTexts(i18n);
        return responses.ok(new CommitmentsView(
                result.commitments().stream()
                        .map(found -> CommitmentView.from(found, reasons))
                        .toList(),
                result.total(),
                read.start(),
                read.limit(),
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
