package org.plenum.api.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.Month;
import org.junit.jupiter.api.Test;

class BodiesTest {

  private static JsonObject body(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aChoiceIsReadInAnyCaseAndAbsentIsTheDefault() {
    assertEquals(Month.MAY, Bodies.choice(body("{\"m\":\" may \"}"), "m", Month.class, null));
    assertEquals(Month.JUNE, Bodies.choice(body("{}"), "m", Month.class, Month.JUNE));
    assertEquals(Month.JUNE, Bodies.choice(body("{\"m\":null}"), "m", Month.class, Month.JUNE));
  }

  @Test
  void aWrongChoiceNamesTheFieldAndTheValuesItTakes() {
    for (String wrong : new String[] {"{\"m\":\"maybe\"}", "{\"m\":4}", "{\"m\":[\"may\"]}"}) {
      ProblemException e =
          assertThrows(
              ProblemException.class, () -> Bodies.choice(body(wrong), "m", Month.class, null));
      assertEquals(400, e.status());
      assertEquals("core.problem.notOneOf", e.key());
      assertEquals("m", e.args()[0]);
      assertEquals(
          "\"january\", \"february\", \"march\", \"april\", \"may\", \"june\", \"july\","
              + " \"august\", \"september\", \"october\", \"november\", \"december\"",
          e.args()[1]);
    }
  }

  @Test
  void anInstantIsReadInUtcAndAnythingElseIsRefused() {
    assertEquals(
        Instant.parse("2026-12-01T18:00:00Z"),
        Bodies.instant(body("{\"at\":\"2026-12-01T18:00:00Z\"}"), "at"));
    assertNull(Bodies.instant(body("{}"), "at"));
    for (String wrong :
        new String[] {"{\"at\":\"2026-12-01T18:00\"}", "{\"at\":\"tomorrow\"}", "{\"at\":17}"}) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> Bodies.instant(body(wrong), "at"));
      assertEquals(400, e.status());
      assertEquals("core.problem.notInstant", e.key());
      assertArrayEquals(new Object[] {"at"}, e.args());
    }
  }

  @Test
  void aDayIsReadOnlyWithinTheYearsADatabaseKeeps() {
    assertEquals(
        java.time.LocalDate.of(2027, 4, 17), Bodies.day(body("{\"d\":\" 2027-04-17 \"}"), "d"));
    assertNull(Bodies.day(body("{\"d\":\"\"}"), "d"));
    for (String wrong :
        new String[] {"{\"d\":\"17/04/2027\"}", "{\"d\":\"+9999999-01-01\"}", "{\"d\":3}"}) {
      ProblemException e = assertThrows(ProblemException.class, () -> Bodies.day(body(wrong), "d"));
      assertEquals(400, e.status());
    }
  }

  @Test
  void textsAreAListOfTextsOrAbsent() {
    assertEquals(java.util.List.of("a", "b"), Bodies.texts(body("{\"t\":[\"a\",\"b\"]}"), "t"));
    assertNull(Bodies.texts(body("{}"), "t"));
    for (String wrong : new String[] {"{\"t\":\"a\"}", "{\"t\":[1]}"}) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> Bodies.texts(body(wrong), "t"));
      assertEquals("core.problem.notTexts", e.key());
    }
  }
}
