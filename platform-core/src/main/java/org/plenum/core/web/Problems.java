package org.plenum.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.core.i18n.MessageCatalog;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) in the client's language, for
 * the places that answer before JAX-RS does.
 */
@ApplicationScoped
public class Problems {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  @Inject MessageCatalog catalog;

  @Inject Languages languages;

  /**
   * A problem document.
   *
   * @param lang language of the texts
   * @param status HTTP status
   * @param key message key of the detail
   * @param args message arguments
   * @return the JSON object builder, to add fields to
   */
  public JsonObjectBuilder body(String lang, int status, String key, Object... args) {
    return JsonBuilders.object()
        .add("type", "about:blank")
        .add("title", catalog.get(lang, "core.status." + status))
        .add("status", status)
        .add("detail", catalog.format(lang, key, args));
  }

  /**
   * Writes a problem to a servlet response.
   *
   * @param request the request, for its language
   * @param response the response
   * @param status HTTP status
   * @param key message key of the detail
   * @param args message arguments
   */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... args) {
    String lang = languages.choose(request);
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Language", lang);
    try {
      response.getWriter().write(body(lang, status, key, args).build().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
