package org.plenum.testkit;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for tests: no redirects followed, no cookies kept unless asked. */
public final class Http {

  private final String base;
  private final HttpClient client;

  /**
   * A client for a site.
   *
   * @param base the site's root URL, with or without trailing slash
   */
  public Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    // HTTP/1.1 as browsers speak it to a site without TLS: no cleartext HTTP/2 upgrade
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * @return the site's root URL without trailing slash
   */
  public String base() {
    return base;
  }

  /**
   * Starts a request.
   *
   * @param path a path starting with {@code /}, sent as is (not normalised)
   * @return a builder
   */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  /**
   * Sends a request.
   *
   * @param request the request
   * @return the response with its body as text
   */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A GET whose body is kept as bytes (images, files).
   *
   * @param path path
   * @return the response
   */
  public HttpResponse<byte[]> bytes(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A GET.
   *
   * @param path path
   * @param headers name, value, name, value…
   * @return the response
   */
  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = request(path).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /**
   * A request with a JSON body.
   *
   * @param method HTTP method
   * @param path path
   * @param json the body
   * @param headers name, value…
   * @return the response
   */
  public HttpResponse<String> json(String method, String path, String json, String... headers) {
    HttpRequest.Builder b =
        request(path)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /**
   * The value of an Authorization header for HTTP Basic.
   *
   * @param user user name
   * @param password password
   * @return the header value
   */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses a JSON body.
   *
   * @param body the text
   * @return the JSON value
   */
  public static JsonStructure parse(String body) {
    return Json.createReader(new StringReader(body)).read();
  }
}
