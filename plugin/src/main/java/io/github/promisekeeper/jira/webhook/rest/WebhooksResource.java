package io.github.promisekeeper.jira.webhook.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.web.ErrorView;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import io.github.promisekeeper.jira.webhook.WebhookAdministration;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.Serializable;
import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/webhooks}: the webhook endpoints that receive commitment outcomes, a signed test
 * request, and the delivery log with redelivery. Jira administrators only ({@code @AdminOnly}, checked again by
 * {@link Permissions}): an endpoint decides where customer data (and, if allowed, money) goes. Writes with a body
 * consume {@code application/json} only; the others take no body. A secret is never answered in full.
 */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    static final int DEFAULT_LOG_LIMIT = 50;
    static final int MAX_LOG_LIMIT = 500;

    private final WebhookAdministration webhooks;
    private final Permissions permissions;
    private final Json json;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public WebhooksResource(
            WebhookAdministration webhooks,
            Permissions permissions,
            Json json,
            JsonResponses responses,
            I18nResolver i18n) {
        this.webhooks = webhooks;
        this.permissions = permissions;
        this.json = json;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * Every endpoint, oldest first, and the event names there are.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator.
     */
    @GET
    @AdminOnly
    public Response list() {
        permissions.requireJiraAdministrator();
        return responses.ok(EndpointsView.from(webhooks.endpoints()));
    }

    /**
     * One endpoint.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator; 404 when there is no such endpoint.
     */
    @GET
    @Path("{id: [0-9]{1,10}}")
    @AdminOnly
    public Response get(@PathParam("id") long id) {
        permissions.requireJiraAdministrator();
        return webhooks.endpoint(id)
                .map(endpoint -> responses.ok(EndpointView.from(endpoint)))
                .orElseGet(() -> notFound(id));
    }

    /**
     * Registers an endpoint: {@code {"url","secret","events":[…],"active","moneyAllowed","privateTargetsAllowed"}};
     * 201 with the endpoint as stored.
     *
     * <p>Failures: 400 with every problem at once (URL missing, not http(s), with a user name, unresolvable, or on
     * a loopback, link-local, private or other non-public address without {@code privateTargetsAllowed}; secret
     * missing or shorter than 16 characters; no events or an unknown one; unknown JSON fields); 401 anonymous; 403
     * for anyone but a Jira administrator; 415 for a body that is not {@code application/json}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response create(String body) {
        EndpointInput input = json.read(body, EndpointInput.class);
        permissions.requireJiraAdministrator();
        WebhookAdministration.Validated validated = webhooks.validate(input.toInput(), true);
        if (!validated.valid()) {
            return problems(validated);
        }
        return responses.status(Response.Status.CREATED, EndpointView.from(webhooks.create(validated.settings())));
    }

    /**
     * Replaces an endpoint's settings; leave {@code secret} out to keep the stored one.
     *
     * <p>Failures: as {@link #create} (without the missing secret); 404 when there is no such endpoint.
     */
    @PUT
    @Path("{id: [0-9]{1,10}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response update(@PathParam("id") long id, String body) {
        EndpointInput input = json.read(body, EndpointInput.class);
        permissions.requireJiraAdministrator();
        WebhookAdministration.Validated validated = webhooks.validate(input.toInput(), false);
        if (!validated.valid()) {
            return problems(validated);
        }
        return webhooks.update(id, validated.settings())
                .map(endpoint -> responses.ok(EndpointView.from(endpoint)))
                .orElseGet(() -> notFound(id));
    }

    /**
     * Deletes an endpoint and its deliveries (pending ones are not sent); 204.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator; 404 when there is no such endpoint.
     */
    @DELETE
    @Path("{id: [0-9]{1,10}}")
    @AdminOnly
    public Response delete(@PathParam("id") long id) {
        permissions.requireJiraAdministrator();
        return webhooks.delete(id) ? Response.noContent().build() : notFound(id);
    }

    /**
     * Sends a signed {@code webhook.test} request to the endpoint now and answers what came back:
     * {@code {"deliveryId","delivered","statusCode","error"}} (200 even when the receiver failed: the answer says so).
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator; 404 when there is no such endpoint.
     */
    @POST
    @Path("{id: [0-9]{1,10}}/test")
    @AdminOnly
    public Response test(@PathParam("id") long id) {
        permissions.requireJiraAdministrator();
        return webhooks.test(id)
                .map(result -> responses.ok(TestView.from(result)))
                .orElseGet(() -> notFound(id));
    }

    /**
     * The delivery log, newest first: status, attempts, last status code and error, next attempt.
     *
     * <p>Failures: 400 when {@code limit} is not 1 to 500; 401 anonymous; 403 for anyone but a Jira administrator.
     */
    @GET
    @Path("deliveries")
    @AdminOnly
    public Response deliveries(@QueryParam("limit") String limit) {
        Optional<Integer> size = QueryParams.whole(limit, DEFAULT_LOG_LIMIT, 1, MAX_LOG_LIMIT);
        if (size.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, MAX_LOG_LIMIT));
        }
        permissions.requireJiraAdministrator();
        return responses.ok(DeliveriesView.from(webhooks.deliveries(size.get())));
    }

    /**
     * Sends a delivery again, under the same delivery id, with a fresh retry schedule; 202.
     *
     * <p>Failures: 401 anonymous; 403 for anyone but a Jira administrator; 404 when there is no such delivery.
     */
    @POST
    @Path("deliveries/{id: [0-9]{1,10}}/redeliver")
    @AdminOnly
    public Response redeliver(@PathParam("id") long id) {
        permissions.requireJiraAdministrator();
        if (!webhooks.redeliver(id)) {
            return responses.error(
                    Response.Status.NOT_FOUND, null, i18n.getText("promise-keeper.webhooks.error.delivery.none", id));
        }
        return Response.accepted().build();
    }

    private Response notFound(long id) {
        return responses.error(
                Response.Status.NOT_FOUND, null, i18n.getText("promise-keeper.webhooks.error.endpoint.none", id));
    }

    private Response problems(WebhookAdministration.Validated validated) {
        return responses.errors(
                Response.Status.BAD_REQUEST.getStatusCode(),
                new ErrorView(validated.problems().stream()
                        .map(problem -> new ErrorView.FieldError(
                                problem.field(),
                                i18n.getText(problem.key(), problem.arguments().toArray(new Serializable[0]))))
                        .toList()));
    }
}
