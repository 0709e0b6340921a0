package org.plenum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StartingGateTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void whileTheSiteStartsEveryRequestIsAskedToComeBackInTheReadersLanguage() throws Exception {
    int port = freePort();
    try (StartingGate gate = StartingGate.open("127.0.0.1", port)) {
      HttpResponse<String> fr = get(port, "/fr/blog", "text/html", "fr-CA,fr;q=0.9,en;q=0.5");
      assertEquals(503, fr.statusCode());
      assertEquals("3", fr.headers().firstValue("Retry-After").orElseThrow());
      assertEquals("no-store", fr.headers().firstValue("Cache-Control").orElseThrow());
      assertTrue(fr.body().contains("Le site démarre"), fr.body());
      assertTrue(fr.body().contains("<html lang=\"fr\">"), fr.body());

      HttpResponse<String> other = get(port, "/", "text/html", "de, en;q=0.5");
      assertEquals(503, other.statusCode());
      assertTrue(other.body().contains("The site is starting"), other.body());

      HttpResponse<String> api = get(port, "/api/v1/polls", "application/json", "fr");
      assertEquals(503, api.statusCode());
      assertEquals(
          "application/problem+json", api.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(api.body().contains("\"status\":503"), api.body());
      assertTrue(api.body().contains("Le site démarre"), api.body());
    }
    assertThrows(ConnectException.class, () -> get(port, "/", "text/html", "en"));
  }

  @Test
  void aReaderWhoAsksForNeitherLanguageOrSendsNonsenseReadsEnglish() {
    assertEquals(Locale.ENGLISH, StartingGate.language(null));
    assertEquals(Locale.ENGLISH, StartingGate.language("de-DE, it;q=0.4"));
    assertEquals(Locale.FRENCH, StartingGate.language("de-DE, fr;q=0.4"));
    assertEquals(Locale.ENGLISH, StartingGate.language(";;;q=nonsense"));
  }

  @Test
  void aTakenPortIsRefusedAtOnce() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThrows(IOException.class, () -> StartingGate.open("127.0.0.1", taken.getLocalPort()));
    }
  }

  private HttpResponse<String> get(int port, String path, String accept, String language)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", accept)
            .header("Accept-Language", language)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
