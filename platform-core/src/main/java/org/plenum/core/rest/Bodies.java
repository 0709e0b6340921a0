package org.plenum.core.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
}
