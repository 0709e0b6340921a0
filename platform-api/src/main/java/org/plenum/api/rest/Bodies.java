package org.plenum.api.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Request bodies as resources expect them, or a 400 that says so. */
public final class Bodies {

  private Bodies() {}

  /**
   * A body that must be a JSON object.
   *
   * @param body what the client sent
   * @return the object
   * @throws ProblemException 400 when it is absent or not an object
   */
  public static JsonObject object(JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new ProblemException(400, "core.problem.malformed");
    }
    return body.asJsonObject();
  }

  /**
   * A text field of a body.
   *
   * @param body the body
   * @param field the field
   * @return its text, or {@code null} when absent or {@code null}
   * @throws ProblemException 400 when it is there but not text
   */
  public static String text(JsonObject body, String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    return s.getString();
  }

  /**
   * A text field a body must have.
   *
   * @param body the body
   * @param field the field
   * @return its text
   * @throws ProblemException 400 when it is absent or not text
   */
  public static String requiredText(JsonObject body, String field) {
    String value = text(body, field);
    if (value == null) {
      throw new ProblemException(400, "core.problem.missingField", field);
    }
    return value;
  }

  /**
   * A whole-number field of a body.
   *
   * @param body the body
   * @param field the field
   * @return its value, or {@code null} when absent or {@code null}
   * @throws ProblemException 400 when it is there but not a whole number
   */
  public static Integer integer(JsonObject body, String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new ProblemException(400, "core.problem.notNumber", field);
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new ProblemException(400, "core.problem.notNumber", field);
    }
  }

  /**
   * The version of the thing a client read, which a change must carry: a change made to an older
   * version is refused with 409 rather than overwriting someone else's.
   *
   * @param body the body
   * @return the version
   * @throws ProblemException 400 when it is absent, or not a whole number
   */
  public static long version(JsonObject body) {
    JsonValue v = body == null ? null : body.get("version");
    if (v == null || v == JsonValue.NULL) {
      throw new ProblemException(400, "core.problem.missingField", "version");
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new ProblemException(400, "core.problem.notNumber", "version");
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw new ProblemException(400, "core.problem.notNumber", "version");
    }
  }

  /**
   * A field holding a list of texts, such as tags.
   *
   * @param body the body
   * @param field the field
   * @return the texts in order, or {@code null} when absent or {@code null}
   * @throws ProblemException 400 when it is there but not an array of texts
   * @since 1.5.0
   */
  public static List<String> texts(JsonObject body, String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonArray a)) {
      throw new ProblemException(400, "core.problem.notTexts", field);
    }
    List<String> list = new ArrayList<>();
    for (JsonValue item : a) {
      if (!(item instanceof JsonString s)) {
        throw new ProblemException(400, "core.problem.notTexts", field);
      }
      list.add(s.getString());
    }
    return list;
  }

  /**
   * A field holding a day, such as {@code 2027-04-17}.
   *
   * @param body the body
   * @param field the field
   * @return the day, or {@code null} when absent, {@code null} or blank
   * @throws ProblemException 400 when it is there but not a day of the years 1 to 9999
   * @since 1.5.0
   */
  public static LocalDate day(JsonObject body, String field) {
    String text = text(body, field);
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "core.problem.notDay", field);
    }
    // beyond what databases keep in a DATE
    if (day.getYear() < 1 || day.getYear() > 9999) {
      throw new ProblemException(400, "core.problem.notDay", field);
    }
    return day;
  }

  /**
   * A true-or-false field of a body.
   *
   * @param body the body
   * @param field the field
   * @param otherwise the value when absent or {@code null}
   * @return its value
   * @throws ProblemException 400 when it is there but not true or false
   */
  public static boolean bool(JsonObject body, String field, boolean otherwise) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return otherwise;
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v == JsonValue.TRUE;
    }
    throw new ProblemException(400, "core.problem.notBoolean", field);
  }

  /**
   * A field naming one of an enum's values, in any case ({@code "going"} for {@code GOING}).
   *
   * @param body the body
   * @param field the field
   * @param type the enum
   * @param otherwise the value when absent or {@code null}
   * @param <E> the enum's type
   * @return its value
   * @throws ProblemException 400 naming the values it takes, when it is there but none of them
   * @since 1.4.0
   */
  public static <E extends Enum<E>> E choice(
      JsonObject body, String field, Class<E> type, E otherwise) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return otherwise;
    }
    if (v instanceof JsonString s) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(s.getString().strip())) {
          return e;
        }
      }
    }
    throw new ProblemException(
        400,
        "core.problem.notOneOf",
        field,
        Arrays.stream(type.getEnumConstants())
            .map(e -> "\"" + e.name().toLowerCase(Locale.ROOT) + "\"")
            .collect(Collectors.joining(", ")));
  }

  /**
   * A field holding an instant in UTC, such as {@code 2026-12-01T18:00:00Z}.
   *
   * @param body the body
   * @param field the field
   * @return its value, or {@code null} when absent or {@code null}
   * @throws ProblemException 400 when it is there but not such an instant
   * @since 1.4.0
   */
  public static Instant instant(JsonObject body, String field) {
    JsonValue v = body.get(field);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      try {
        return Instant.parse(s.getString().strip());
      } catch (DateTimeParseException e) {
        // answered below
      }
    }
    throw new ProblemException(400, "core.problem.notInstant", field);
  }
}
