package org.plenum.core.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.content.ControlCharacters;

/**
 * Refuses a JSON body whose strings hold control characters (NUL, BEL, ESC…) with a 400 that says
 * so, before any resource reads it: such characters would break feeds, mails and terminals wherever
 * the text is shown again.
 */
@Provider
public class TextOnly implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().equals("json") && !type.getSubtype().endsWith("+json")) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (ControlCharacters.inJson(new String(body, StandardCharsets.UTF_8))) {
      throw new ProblemException(400, "core.problem.controlCharacters");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }
}
