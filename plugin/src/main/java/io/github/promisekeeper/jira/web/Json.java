package io.github.promisekeeper.jira.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

import java.time.LocalDate;

/**
 * The one configured Gson of the web layer: ISO dates, no nulls, HTML-significant characters escaped
 * inside JSON strings. Gson instances are immutable and thread-safe, so one is shared.
 */
public final class Json {

    private final Gson gson = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class,
                    (JsonSerializer<LocalDate>) (date, type, context) -> new JsonPrimitive(date.toString()))
            .disableJdkUnsafe()
            .create();

    public String write(Object view) {
        return gson.toJson(view);
    }
}
