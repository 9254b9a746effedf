package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.BadParameterException;
import io.github.promisekeeper.jira.web.QueryParams;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code GET /commitments} and {@code GET /commitments.csv} both do before they write: read and check the
 * query, require the read right, ask {@link CommitmentQueries} as the viewer. One place, so that the JSON and the
 * CSV never disagree on a parameter, a default, a page or who may read.
 */
final class CommitmentsReading {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final CommitmentQueries queries;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final I18nResolver i18n;

    CommitmentsReading(CommitmentQueries queries, SettingsStore settings, Permissions permissions, I18nResolver i18n) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * The commitments read as the viewer.
     *
     * @param start the first listed (0 when every match is listed)
     * @param limit at most how many are listed (the total when every match is listed)
     */
    record Result(CommitmentQueries.Result found, int start, int limit, Viewer viewer) {}

    /**
     * The commitments to {@code customer} (one key, or several separated by commas) — or, without it, to every
     * customer, one page at a time ({@code start} from 0, {@code limit} 1 to {@value #MAX_LIMIT}, default
     * {@value #DEFAULT_LIMIT}) — worst health first, only those whose health is one of {@code health} (comma
     * separated; all when absent). With {@code customer}, every match unless {@code start} or {@code limit} is given.
     *
     * @throws BadParameterException when {@code customer} is not a customer key, {@code health} names an unknown
     *     health, {@code start} is negative or {@code limit} is outside 1–{@value #MAX_LIMIT} (checked before the
     *     viewer); 401 and 403 come from the permissions' AccessDeniedException
     */
    Result read(String customer, String health, String start, String limit) {
        Set<CustomerKey> customers = new LinkedHashSet<>();
        try {
            QueryParams.list(customer).forEach(key -> customers.add(CustomerKey.of(key)));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("customer", new ReasonTexts(i18n).message(e));
        }
        List<String> healthNames = QueryParams.list(health);
        Set<Health> wanted = healthNames.isEmpty() ? EnumSet.allOf(Health.class) : EnumSet.noneOf(Health.class);
        for (String name : healthNames) {
            try {
                wanted.add(Health.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException(
                        "health", i18n.getText("promise-keeper.commitments.error.health", name));
            }
        }
        boolean paged = customers.isEmpty() || start != null || limit != null;
        int offset = QueryParams.whole(start, 0, 0, Integer.MAX_VALUE)
                .orElseThrow(() ->
                        new BadParameterException("start", i18n.getText("promise-keeper.rest.error.start", start)));
        int pageSize = QueryParams.whole(limit, DEFAULT_LIMIT, 1, MAX_LIMIT)
                .orElseThrow(() -> new BadParameterException(
                        "limit", i18n.getText("promise-keeper.rest.error.limit", limit, MAX_LIMIT)));
        Viewer viewer = permissions.requireRead();
        PromiseKeeperSettings site = settings.current();
        CommitmentQueries.Result found;
        if (customers.isEmpty()) {
            found = queries.ofAllCustomers(
                    wanted, offset, pageSize, site.radarSettings().forecasting(), viewer.maySeeMoney());
        } else {
            CommitmentQueries.Result all =
                    queries.of(customers, wanted, site.radarSettings().forecasting(), viewer.maySeeMoney());
            found = paged ? all.page(offset, pageSize) : all;
        }
        return new Result(found, paged ? offset : 0, paged ? pageSize : found.total(), viewer);
    }
}
