package io.github.promisekeeper.jira.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds JAX-RS responses whose bodies are written by the web layer's {@link Json}. */
public final class JsonResponses {

    private final Json json;

    public JsonResponses(Json json) {
        this.json = json;
    }

    public Response ok(Object view) {
        return Response.ok(json.write(view), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code view} as JSON with a status other than 200, such as 201 Created. */
    public Response status(Response.Status status, Object view) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json.write(view))
                .build();
    }

    /** Several problems at once, in the one error shape. */
    public Response errors(int status, ErrorView errors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json.write(errors))
                .build();
    }

    public Response error(Response.Status status, String field, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json.write(ErrorView.of(field, message)))
                .build();
    }
}
