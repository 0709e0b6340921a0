package org.plenum.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostImportTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void aPostOfTheBenchmarkShapeIsRead() {
    PostImport.Imported p =
        PostImport.parse(
            json(
                "{\"title\":\" Appel \",\"slug\":"
                    + "\"appel-a-reseau\",\"body\":\"<p>x</p>\",\"lang\":\"FR\",\"tags\":[\"Bénévolat\","
                    + "\"\",\"polls\"],\"categories\":[\"Actualités\"],\"date\":\"2023-01-02T07:30:00\","
                    + "\"excerpt\":\"Court.\"}"));
    assertNotNull(p);
    assertEquals("Appel", p.title());
    assertEquals("fr", p.language());
    assertEquals(Set.of("bénévolat", "polls"), p.tags());
    assertEquals(LocalDateTime.of(2023, 1, 2, 7, 30), p.date());
    assertEquals("Court.", p.summary());
  }

  @Test
  void aPostThatCannotBeStoredIsRefused() {
    String ok = "\"body\":\"b\",\"date\":\"2023-01-02T07:30:00\"";
    assertNull(PostImport.parse(json("{\"title\":\"\",\"slug\":\"a\"," + ok + "}")));
    assertNull(
        PostImport.parse(
            json("{\"title\":\"" + "t".repeat(201) + "\",\"slug\":\"a\"," + ok + "}")));
    assertNull(PostImport.parse(json("{\"title\":\"T\",\"slug\":\"../etc\"," + ok + "}")));
    assertNull(PostImport.parse(json("{\"title\":\"T\",\"slug\":\"a/b\"," + ok + "}")));
    assertNull(
        PostImport.parse(
            json("{\"title\":\"T\",\"slug\":\"a\",\"body\":\"b\"," + "\"date\":\"yesterday\"}")));
    assertNull(
        PostImport.parse(
            json(
                "{\"title\":\"T\",\"slug\":\"a\",\"body\":\""
                    + "x".repeat(200_001)
                    + "\",\"date\":\"2023-01-02T07:30:00\"}")));
  }
}
