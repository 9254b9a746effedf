package io.github.promisekeeper.jira.settings.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.jql.JqlSearch;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code /rest/promise-keeper/1.0/settings}: the site's Promise Keeper settings, for Jira
 * administrators and editors. The write consumes {@code application/json} only (cross-site forms get 415).
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsStore settings;
    private final EpicChildrenSettings epicChildren;
    private final JqlSearch jql;
    private final Permissions permissions;
    private final Json json;
    private final JsonResponses responses;

    public SettingsResource(SettingsStore settings, EpicChildrenSettings epicChildren, JqlSearch jql,
                            Permissions permissions, Json json, JsonResponses responses) {
        this.settings = settings;
        this.epicChildren = epicChildren;
        this.jql = jql;
        this.permissions = permissions;
        this.json = json;
        this.responses = responses;
    }

    /**
     * The current settings.
     *
     * <p>Failures: 401 anonymous; 403 without the edit right (settings name the finance groups and rates).
     */
    @GET
    @LicensedOnly
    public Response get() {
        permissions.requireEdit();
        return responses.ok(SettingsView.from(settings.current(), epicChildren.get()));
    }

    /**
     * Replaces the settings; a field left out keeps its current value. Answers the settings as stored.
     *
     * <p>Failures: 400 for unknown JSON fields or invalid values (days outside 1–3650, a basis other than
     * renewal or notice, a currency that is not ISO 4217, a rate that is not a positive number, a blank
     * group, a JQL template without {epic} or one that Jira's parser rejects — with Jira's message);
     * 401 anonymous; 403 without the edit right; 415 for a body
     * that is not {@code application/json}.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response put(String body) {
        SettingsView input = json.read(body, SettingsView.class);
        permissions.requireEdit();
        PromiseKeeperSettings current = settings.current();
        PromiseKeeperSettings next;
        EpicChildrenQuery children = null;
        String field = "defaultDays";
        try {
            WindowBasis basis = current.basis();
            if (input.basis() != null) {
                field = "basis";
                basis = switch (input.basis()) {
                    case "renewal" -> WindowBasis.RENEWAL_DATE;
                    case "notice" -> WindowBasis.NOTICE_DEADLINE;
                    default -> throw new IllegalArgumentException("The basis '" + input.basis() + "' is not renewal or notice.");
                };
            }
            field = "rates";
            Map<String, BigDecimal> rates = current.rates();
            if (input.rates() != null) {
                rates = new LinkedHashMap<>();
                for (Map.Entry<String, String> rate : input.rates().entrySet()) {
                    try {
                        rates.put(rate.getKey(), new BigDecimal(Objects.requireNonNull(rate.getValue(), "rate")));
                    } catch (NumberFormatException | NullPointerException e) {
                        throw new IllegalArgumentException("The rate of " + rate.getKey() + " is not a number.", e);
                    }
                }
            }
            field = "groups";
            AccessGroups groups = new AccessGroups(orElse(input.readerGroups(), current.groups().readerGroups()),
                    orElse(input.financeGroups(), current.groups().financeGroups()),
                    orElse(input.editorGroups(), current.groups().editorGroups()));
            field = "reportingCurrency";
            next = new PromiseKeeperSettings(Objects.requireNonNullElse(input.defaultDays(), current.defaultDays()), basis,
                    Objects.requireNonNullElse(input.reportingCurrency(), current.reportingCurrency()), rates, groups);
            if (input.epicChildren() != null) {
                field = "epicChildren";
                children = new EpicChildrenQuery(input.epicChildren().jqlTemplate(), input.epicChildren().epicField());
                // Refused here rather than failing every radar later: the template must parse with a key in it.
                jql.checkSyntax(children.forEpic("\"PK-1\""), "The epic children query is not JQL that Jira accepts.");
            }
        } catch (IllegalArgumentException e) {
            return responses.error(Response.Status.BAD_REQUEST, field, e.getMessage());
        }
        settings.save(next);
        if (children != null) {
            epicChildren.save(children);
        }
        return responses.ok(SettingsView.from(settings.current(), epicChildren.get()));
    }

    private static Set<String> orElse(List<String> given, Set<String> current) {
        return given == null ? current : new HashSet<>(given);
    }
}
