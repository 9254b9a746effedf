package io.github.promisekeeper.jira.customer.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerEdits;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.StoredCustomer;
import io.github.promisekeeper.jira.permission.AccessDeniedException;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import io.github.promisekeeper.jira.web.ErrorView;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/customers}: list, read, create or update, and delete customers, and read
 * a customer's change history.
 *
 * <p>Every method is {@code @LicensedOnly} for Jira's gate (editors need not be Jira administrators, so
 * {@code @AdminOnly} would lock them out); who may read, see money and edit is decided by
 * {@link Permissions}. The write method consumes {@code application/json} only: a browser cannot send
 * that cross-site without a CORS preflight, which Jira refuses, so a forged form or {@code text/plain}
 * post gets 415 before any code runs.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    static final int DEFAULT_LIMIT = 50;
    static final int DEFAULT_HISTORY_LIMIT = 20;
    static final int MAX_HISTORY_LIMIT = 100;

    private final Customers customers;
    private final CustomerEdits edits;
    private final Permissions permissions;
    private final Json json;
    private final JsonResponses responses;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public CustomersResource(
            Customers customers,
            Permissions permissions,
            Json json,
            JsonResponses responses,
            I18nResolver i18n,
            Clock clock) {
        this.customers = customers;
        this.edits = new CustomerEdits(customers);
        this.permissions = permissions;
        this.json = json;
        this.responses = responses;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Customers whose key, name or CRM id contains {@code query}, by key: {@code {"customers":[…],"total":n}}.
     *
     * <p>Failures: 400 when {@code start} is negative or {@code limit} is not 1 to 1000; 401 anonymous;
     * 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response list(
            @QueryParam("query") String query, @QueryParam("start") String start, @QueryParam("limit") String limit) {
        Optional<Integer> offset = QueryParams.whole(start, 0, 0, Integer.MAX_VALUE);
        Optional<Integer> pageSize = QueryParams.whole(limit, DEFAULT_LIMIT, 1, Customers.MAX_LIMIT);
        if (offset.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "start", i18n.getText("promise-keeper.rest.error.start", start));
        }
        if (pageSize.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, Customers.MAX_LIMIT));
        }
        Viewer viewer = permissions.requireRead();
        return responses.ok(
                CustomerView.Page.from(customers.matching(query, offset.get(), pageSize.get()), viewer.maySeeMoney()));
    }

    /**
     * One customer with its version and contracts.
     *
     * <p>Failures: 404 when there is no such customer (or the key is malformed); 401 anonymous; 403 without
     * the read right.
     */
    @GET
    @Path("{key}")
    @LicensedOnly
    public Response get(@PathParam("key") String key) {
        Viewer viewer = permissions.requireRead();
        return key(key).flatMap(customers::findStoredByKey)
                .map(stored -> responses.ok(CustomerView.from(stored, viewer.maySeeMoney())))
                .orElseGet(() -> notFound(key));
    }

    /**
     * Creates the customer (no {@code version} in the body; 201) or updates it (the {@code version} last
     * read; 200). Answers the customer as stored, with its new version.
     *
     * <p>Failures: 400 for a malformed key, unknown JSON fields or invalid values (every field error);
     * 401 anonymous; 403 without the edit right, or when a viewer without the money right sends a contract
     * value; 404 when updating a customer that does not exist; 409 when the version is stale, when creating
     * a key that exists, or when the CRM id or a domain belongs to another customer; 415 for a body that is
     * not {@code application/json}.
     */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response put(@PathParam("key") String key, @HeaderParam(ChangeOrigin.HEADER) String origin, String body) {
        Optional<CustomerKey> customerKey = key(key);
        if (customerKey.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "key", i18n.getText("promise-keeper.rest.error.key", key));
        }
        CustomerInput input = json.read(body, CustomerInput.class);
        Viewer viewer = permissions.requireEdit();
        if (input.setsMoney() && !viewer.maySeeMoney()) {
            throw new AccessDeniedException(AccessDeniedException.Right.SEE_MONEY, false);
        }
        Optional<StoredCustomer> current = customers.findStoredByKey(customerKey.get());
        CustomerInput.Checked checked = input.toCustomer(
                customerKey.get(), current.map(CustomersResource::values).orElse(Map.of()), i18n);
        if (!checked.errors().isEmpty()) {
            return responses.errors(400, new ErrorView(checked.errors()));
        }
        Change change = ChangeOrigin.of(origin, viewer.author(), clock.instant());
        return switch (edits.save(checked.customer(), Optional.ofNullable(input.version()), change)) {
            case CustomerEdits.Saved saved
            when saved.created() ->
                responses.status(Response.Status.CREATED, CustomerView.from(saved.customer(), viewer.maySeeMoney()));
            case CustomerEdits.Saved saved -> responses.ok(CustomerView.from(saved.customer(), viewer.maySeeMoney()));
            case CustomerEdits.KeyTaken taken ->
                responses.error(
                        Response.Status.CONFLICT, "version", i18n.getText("promise-keeper.rest.error.exists", key));
            case CustomerEdits.CrmIdTaken taken ->
                responses.error(
                        Response.Status.CONFLICT,
                        "crmId",
                        i18n.getText(
                                "promise-keeper.rest.error.crm-id",
                                taken.crmId(),
                                taken.owner().value()));
        };
    }

    /**
     * Deletes the customer with its contracts and domains; its history stays. 204 on success.
     *
     * <p>Failures: 404 when there is no such customer; 401 anonymous; 403 without the edit right.
     */
    @DELETE
    @Path("{key}")
    @LicensedOnly
    public Response delete(@PathParam("key") String key, @HeaderParam(ChangeOrigin.HEADER) String origin) {
        Viewer viewer = permissions.requireEdit();
        Optional<CustomerKey> customerKey = key(key);
        if (customerKey.isEmpty()
                || !customers.delete(customerKey.get(), ChangeOrigin.of(origin, viewer.author(), clock.instant()))) {
            return notFound(key);
        }
        return Response.noContent().build();
    }

    /**
     * The customer's latest changes, newest first, at most {@code limit} (1 to 100, default 20):
     * {@code {"key":"ACME","changes":[{"author","at","source","importBatchId","description"}]}}. A deleted
     * customer's history stays readable. For editors, as the admin page is: it names who changed what.
     * Descriptions name changed contract values; for a viewer without the money right every amount in
     * them reads "(amount hidden)".
     *
     * <p>Failures: 400 when {@code limit} is not 1 to 100; 401 anonymous; 403 without the edit right;
     * 404 when the key is malformed, or names no customer and never had any history.
     */
    @GET
    @Path("{key}/history")
    @LicensedOnly
    public Response history(@PathParam("key") String key, @QueryParam("limit") String limit) {
        Optional<Integer> size = QueryParams.whole(limit, DEFAULT_HISTORY_LIMIT, 1, MAX_HISTORY_LIMIT);
        if (size.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, MAX_HISTORY_LIMIT));
        }
        Viewer viewer = permissions.requireEdit();
        Optional<CustomerKey> customerKey = key(key);
        if (customerKey.isEmpty()) {
            return notFound(key);
        }
        List<CustomerChange> changes = customers.historyOf(customerKey.get(), size.get());
        if (changes.isEmpty() && customers.findStoredByKey(customerKey.get()).isEmpty()) {
            return notFound(key);
        }
        return responses.ok(
                CustomerHistoryView.from(customerKey.get(), changes, viewer.maySeeMoney(), new ReasonTexts(i18n)));
    }

    private Response notFound(String key) {
        return responses.error(
                Response.Status.NOT_FOUND, "key", i18n.getText("promise-keeper.rest.error.no-customer", key));
    }

    private static Map<String, Money> values(StoredCustomer stored) {
        Map<String, Money> values = new HashMap<>();
        for (Contract contract : stored.customer().contracts()) {
            contract.value().ifPresent(value -> values.put(contract.id(), value));
        }
        return values;
    }

    private static Optional<CustomerKey> key(String key) {
        try {
            return Optional.of(CustomerKey.of(key));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
