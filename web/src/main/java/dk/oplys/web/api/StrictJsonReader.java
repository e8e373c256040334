package dk.oplys.web.api;

import dk.oplys.web.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads request bodies into the API's record DTOs strictly. JSON-B (Yasson) binds records through
 * their canonical constructor and then quietly drops unknown properties and turns numbers into
 * strings; for an API that must refuse mass assignment and wrong types, the JSON is first checked
 * against the record's components: every property must be known, and each value must have the JSON
 * type its component declares. Only then is it bound. Errors name the property (a JSON pointer),
 * never echo its value.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    private static final int MAX_DEPTH = 8;
    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) {
        JsonValue value;
        try (var reader = Json.createReader(body)) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw bad("malformed-json", "the request body is not well-formed JSON", null);
        }
        check(value, type, type, "", 0);
        try {
            return type.cast(jsonb.fromJson(value.toString(), type));
        } catch (JsonbException e) {
            throw bad("invalid-json", "the request body does not match the expected structure", null);
        }
    }

    private static void check(JsonValue value, Class<?> raw, Type generic, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw bad("invalid-json", "the request body is nested too deeply", pointer);
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return; // absence is Bean Validation's business (@NotNull)
        }
        if (raw.isRecord()) {
            expect(value, JsonValue.ValueType.OBJECT, "an object", pointer);
            Map<String, RecordComponent> components = Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            for (var entry : value.asJsonObject().entrySet()) {
                RecordComponent component = components.get(entry.getKey());
                String at = pointer + "/" + escape(entry.getKey());
                if (component == null) {
                    throw bad("unknown-property", "this property is not accepted here", at);
                }
                check(entry.getValue(), component.getType(), component.getGenericType(), at, depth + 1);
            }
        } else if (raw == String.class) {
            expect(value, JsonValue.ValueType.STRING, "a string", pointer);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw bad("wrong-type", "must be true or false", pointer);
            }
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            expect(value, JsonValue.ValueType.NUMBER, "a number", pointer);
            checkWhole(value, raw, pointer);
        } else if (raw.isEnum()) {
            expect(value, JsonValue.ValueType.STRING, "a string", pointer);
            String name = ((jakarta.json.JsonString) value).getString();
            if (Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).noneMatch(name::equals)) {
                String allowed = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .collect(Collectors.joining(", "));
                throw bad("unknown-value", "must be one of: " + allowed, pointer);
            }
        } else if (TEMPORAL.containsKey(raw)) {
            expect(value, JsonValue.ValueType.STRING, "a string", pointer);
            try {
                TEMPORAL.get(raw).parse(((jakarta.json.JsonString) value).getString());
            } catch (DateTimeParseException e) {
                throw bad("wrong-type", "must be " + TEMPORAL.get(raw).description(), pointer);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.ARRAY, "an array", pointer);
            Type element = typeArgument(generic, 0);
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), rawOf(element), element, pointer + "/" + i, depth + 1);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.OBJECT, "an object", pointer);
            Type element = typeArgument(generic, 1);
            for (var entry : value.asJsonObject().entrySet()) {
                check(entry.getValue(), rawOf(element), element, pointer + "/" + escape(entry.getKey()), depth + 1);
            }
        } else {
            // A type this reader does not know: refuse rather than bind loosely.
            throw bad("invalid-json", "this property cannot be read", pointer);
        }
    }

    private record Temporal(String description, java.util.function.Function<String, Object> parser) {
        void parse(String text) {
            parser.apply(text);
        }
    }

    private static final Map<Class<?>, Temporal> TEMPORAL = Map.of(
            LocalDate.class, new Temporal("a date (YYYY-MM-DD)", LocalDate::parse),
            LocalTime.class, new Temporal("a time (HH:MM)", LocalTime::parse),
            Instant.class, new Temporal("a timestamp (ISO 8601, UTC)", Instant::parse),
            OffsetDateTime.class, new Temporal("a timestamp with offset (ISO 8601)", OffsetDateTime::parse));

    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

    private static void checkWhole(JsonValue value, Class<?> raw, String pointer) {
        if (WHOLE.contains(raw)) {
            var number = (jakarta.json.JsonNumber) value;
            if (!number.isIntegral()) {
                throw bad("wrong-type", "must be a whole number", pointer);
            }
            try {
                long v = number.longValueExact();
                if ((raw == Integer.class || raw == int.class) && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
                    throw bad("wrong-type", "number out of range", pointer);
                }
            } catch (ArithmeticException e) {
                throw bad("wrong-type", "number out of range", pointer);
            }
        }
    }

    private static void expect(JsonValue value, JsonValue.ValueType type, String what, String pointer) {
        if (value.getValueType() != type) {
            throw bad("wrong-type", "must be " + what, pointer);
        }
    }

    private static Type typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.AnnotatedType a) {
            return rawOf(a.getType());
        }
        return Object.class;
    }

    private static String escape(String key) {
        String safe = key.length() > 40 ? key.substring(0, 40) + "…" : key;
        return safe.replace("~", "~0").replace("/", "~1");
    }

    private static WebApplicationException bad(String code, String detail, String pointer) {
        return new WebApplicationException(Problem.of(400, code, "Bad Request", detail,
                pointer == null || pointer.isEmpty() ? null : pointer, null).toResponse());
    }
}
