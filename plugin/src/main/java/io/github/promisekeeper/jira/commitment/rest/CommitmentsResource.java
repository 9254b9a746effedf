package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.radar.rest.CommitmentView;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    public CommitmentsResource(CommitmentQueries queries, SettingsStore settings, Permissions permissions,
                               JsonResponses responses, I18nResolver i18n) {
        this.queries = queries;
        this.settings = settings;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * The commitments to {@code customer} (one key, or several separated by commas), worst health first,
     * optionally only those whose health is one of {@code health} (comma separated: delivered,
     * delivered-late, on-track, at-risk, overdue, breaches-renewal, no-delivery-plan):
     * {@code {"commitments":[…]}}.
     *
     * <p>Failures: 400 when {@code customer} is missing or not a customer key, or {@code health} names
     * an unknown health; 401 anonymous; 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response commitments(@QueryParam("customer") String customer, @QueryParam("health") String health) {
        Set<CustomerKey> customers = new LinkedHashSet<>();
        try {
            for (String key : (customer == null ? "" : customer).split(",")) {
                if (!key.isBlank()) {
                    customers.add(CustomerKey.of(key.strip()));
                }
            }
        } catch (IllegalArgumentException e) {
            return responses.error(Response.Status.BAD_REQUEST, "customer", e.getMessage());
        }
        if (customers.isEmpty()) {
            return responses.error(Response.Status.BAD_REQUEST, "customer", i18n.getText("promise-keeper.commitments.error.customer"));
        }
        Set<Health> wanted = EnumSet.allOf(Health.class);
        if (health != null && !health.isBlank()) {
            wanted = EnumSet.noneOf(Health.class);
            for (String name : health.split(",")) {
                try {
                    wanted.add(Health.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    return responses.error(Response.Status.BAD_REQUEST, "health",
                            i18n.getText("promise-keeper.commitments.error.health", name.strip()));
                }
            }
        }
        Viewer viewer = permissions.requireRead();
        PromiseKeeperSettings site = settings.current();
        Set<Health> filter = wanted;
        List<CommitmentView> views = queries.healthOf(customers, site.radarSettings().forecasting(), viewer.maySeeMoney()).stream()
                .filter((CommitmentHealth assessed) -> filter.contains(assessed.health()))
                .map(CommitmentView::from).toList();
        return responses.ok(new CommitmentsView(views));
    }

    /** JSON of {@code GET /commitments}. */
    record CommitmentsView(List<CommitmentView> commitments) {
    }
}
