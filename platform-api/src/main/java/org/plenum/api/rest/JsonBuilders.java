package org.plenum.api.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * Builders of JSON answers from one factory made once: {@code Json.createObjectBuilder()} looks the
 * JSON provider up through the service loader on every call, which searched the class path for each
 * object of an answer.
 */
public final class JsonBuilders {

  private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

  private JsonBuilders() {}

  /**
   * @return a new object builder
   */
  public static JsonObjectBuilder object() {
    return FACTORY.createObjectBuilder();
  }

  /**
   * @return a new array builder
   */
  public static JsonArrayBuilder array() {
    return FACTORY.createArrayBuilder();
  }
}
