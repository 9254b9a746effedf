package io.github.promisekeeper.jira.ao;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A history entry's {@link Description} as the JSON its {@code DESCRIPTION_DATA} column holds: each reason as
 * its i18n key and arguments, so the entry is written in the reader's language when read. Text arguments are
 * JSON strings; whole numbers, dates and nested reasons are objects that say which they are
 * ({@code {"int":3}}, {@code {"long":3}}, {@code {"date":"2027-03-01"}}, {@code {"key":…,"args":[…]}}).
 * What cannot be read back (a key this version does not know, a damaged value) reads as nothing, and the
 * entry then shows its stored English text.
 */
public final class DescriptionJson {

    /** Longer JSON is not stored (the entry keeps its English text): bounds what one history read loads. */
    public static final int MAX_LENGTH = 64 * 1024;

    private static final int FORMAT = 1;
    private static final Map<String, ReasonKey> KEYS = Arrays.stream(ReasonKey.values())
            .collect(Collectors.toUnmodifiableMap(ReasonKey::key, Function.identity()));

    private DescriptionJson() {}

    /** The JSON of {@code description}, or null when there is none or it would be longer than {@link #MAX_LENGTH}. */
    public static String write(Description description) {
        if (description == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        JsonArray parts = new JsonArray();
        description.parts().forEach(part -> parts.add(reason(part)));
        json.add("parts", parts);
        String text = json.toString();
        return text.length() <= MAX_LENGTH ? text : null;
    }

    /** The description {@code json} holds; empty when there is none or it cannot be read back whole. */
    public static Optional<Description> read(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonObject object = JsonParser.parseString(json).getAsJsonObject();
            if (object.get("format").getAsInt() != FORMAT) {
                return Optional.empty();
            }
            List<Reason> parts = new ArrayList<>();
            for (JsonElement part : object.getAsJsonArray("parts")) {
                parts.add(reason(part.getAsJsonObject()));
            }
            return Optional.of(new Description(parts));
        } catch (RuntimeException e) {
            // Not JSON, a missing or mistyped member, a key or date this version cannot read: whatever is wrong
            // with the data, the stored English text stands in for it rather than failing the whole history.
            return Optional.empty();
        }
    }

    private static JsonObject reason(Reason reason) {
        JsonObject json = new JsonObject();
        json.addProperty("key", reason.key().key());
        JsonArray arguments = new JsonArray();
        for (Object argument : reason.arguments()) {
            arguments.add(argument(argument));
        }
        json.add("args", arguments);
        return json;
    }

    private static JsonElement argument(Object argument) {
        if (argument instanceof String text) {
            return new JsonPrimitive(text);
        }
        if (argument instanceof Reason reason) {
            return reason(reason);
        }
        JsonObject typed = new JsonObject();
        if (argument instanceof Integer number) {
            typed.addProperty("int", number);
        } else if (argument instanceof Long number) {
            typed.addProperty("long", number);
        } else {
            typed.addProperty("date", ((LocalDate) argument).toString());
        }
        return typed;
    }

    private static Reason reason(JsonObject json) {
        ReasonKey key = KEYS.get(json.get("key").getAsString());
        if (key == null) {
            throw new IllegalArgumentException("Unknown reason key " + json.get("key") + ".");
        }
        List<Object> arguments = new ArrayList<>();
        for (JsonElement argument : json.getAsJsonArray("args")) {
            arguments.add(argument(argument));
        }
        return new Reason(key, arguments);
    }

    private static Object argument(JsonElement json) {
        if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
            return json.getAsString();
        }
        JsonObject object = json.getAsJsonObject();
        if (object.has("key")) {
            return reason(object);
        }
        if (object.has("int")) {
            return object.get("int").getAsInt();
        }
        if (object.has("long")) {
            return object.get("long").getAsLong();
        }
        return LocalDate.parse(object.get("date").getAsString());
    }
}
