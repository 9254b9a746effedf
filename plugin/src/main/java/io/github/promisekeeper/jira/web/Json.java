package io.github.promisekeeper.jira.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializationContext;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one configured Gson of the web layer: ISO dates, no nulls, HTML-significant characters escaped
 * inside JSON strings. Gson instances are immutable and thread-safe, so one is shared.
 */
public final class Json {

    /** Room for a typical radar answer (tens of kilobytes) without regrowing many times. */
    private static final int INITIAL_CAPACITY = 16 * 1024;

    private final Gson gson = new GsonBuilder()
            .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>)
                    (date, type, context) -> new JsonPrimitive(date.toString()))
            .registerTypeAdapter(LocalDate.class, (JsonDeserializer<LocalDate>) Json::isoDate)
            .disableJdkUnsafe()
            .create();

    public String write(Object view) {
        // Into a Writer rather than through toJson(Object): for a StringBuilder target Gson 2.13 wraps it in an
        // adapter that appends every chunk character by character, which profiled at a fifth of a radar request.
        StringWriter out = new StringWriter(INITIAL_CAPACITY);
        gson.toJson(view, out);
        return out.toString();
    }

    /**
     * Reads a request body into {@code type}, a record whose components may be records, lists of records
     * or plain values. Stricter than Gson's default: a field the record does not have is an error, not
     * silently dropped, so a misspelt field never looks accepted.
     *
     * @throws JsonInputException when the body is not JSON, has an unknown field or a value of the wrong type
     */
    public <T> T read(String body, Class<T> type) {
        JsonElement tree;
        try {
            tree = JsonParser.parseString(body == null ? "" : body);
        } catch (JsonParseException e) {
            String why = rootMessage(e);
            throw new JsonInputException(
                    null,
                    LocalizedText.of(
                            "promise-keeper.rest.error.json.invalid", "The body is not valid JSON: " + why, why));
        }
        if (!tree.isJsonObject()) {
            throw new JsonInputException(
                    null, LocalizedText.of("promise-keeper.rest.error.json.object", "The body must be a JSON object."));
        }
        rejectUnknownFields(tree, type, "");
        try {
            return gson.fromJson(tree, type);
        } catch (JsonParseException | IllegalArgumentException | DateTimeException e) {
            // Gson's and java.time's own words, in English, say which value.
            String why = rootMessage(e);
            throw new JsonInputException(
                    null,
                    LocalizedText.of(
                            "promise-keeper.rest.error.json.type",
                            "The body has a value of the wrong type: " + why,
                            why));
        }
    }

    private static LocalDate isoDate(JsonElement json, Type type, JsonDeserializationContext context) {
        try {
            return LocalDate.parse(json.getAsString());
        } catch (RuntimeException e) {
            throw new JsonParseException("'" + json + "' is not a date such as 2027-03-04", e);
        }
    }

    private static void rejectUnknownFields(JsonElement json, Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> plain ? plain : Object.class;
        if (json.isJsonArray() && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            int index = 0;
            for (JsonElement element : json.getAsJsonArray()) {
                rejectUnknownFields(element, p.getActualTypeArguments()[0], path + "[" + index++ + "]");
            }
        } else if (json.isJsonObject() && raw.isRecord()) {
            Map<String, RecordComponent> components = new HashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            for (Map.Entry<String, JsonElement> field : json.getAsJsonObject().entrySet()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                RecordComponent component = components.get(field.getKey());
                if (component == null) {
                    String fields = new TreeSet<>(components.keySet()).toString();
                    throw new JsonInputException(
                            fieldPath,
                            LocalizedText.of(
                                    "promise-keeper.rest.error.json.unknown-field",
                                    "Unknown field '" + fieldPath + "'; the fields here are " + fields + ".",
                                    fieldPath,
                                    fields));
                }
                rejectUnknownFields(field.getValue(), component.getGenericType(), fieldPath);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }
}
