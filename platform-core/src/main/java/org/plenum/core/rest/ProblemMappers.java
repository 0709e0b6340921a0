package org.plenum.core.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.Caller;
import org.plenum.api.Denied;
import org.plenum.api.Rejected;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.modules.ModuleChangeRefused;
import org.plenum.core.web.Languages;
import org.plenum.core.web.Problems;

/**
 * Every failure of the API as {@code application/problem+json} in the client's language. Unexpected
 * exceptions are logged with an incident number and answered with it alone.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Inject Problems problems;

  @Inject Languages languages;

  @Inject MessageCatalog catalog;

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable e) {
    String lang = languages.choose(request);
    Throwable t = unwrap(e);
    if (t instanceof ProblemException p) {
      return respond(problems.body(lang, p.status(), p.key(), p.args()), p.status());
    }
    if (t instanceof Denied d) {
      int status = d.anonymous() ? 401 : 403;
      LOG.warning(
          () ->
              "Denied "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + " to "
                  + (request.getUserPrincipal() == null
                      ? "anonymous"
                      : request.getUserPrincipal().getName())
                  + " from "
                  + request.getRemoteAddr());
      boolean oneTimePassword =
          request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c && c.mustChangePassword();
      return respond(
          problems.body(
              lang,
              status,
              d.anonymous()
                  ? "core.problem.authenticate"
                  : oneTimePassword ? "core.problem.changePasswordFirst" : "core.problem.denied"),
          status);
    }
    if (t instanceof ModuleChangeRefused r) {
      int status = r.unknown() ? 404 : 409;
      return respond(
          problems.body(lang, status, r.reason().key(), r.reason().args().toArray()), status);
    }
    if (t instanceof Rejected r) {
      int status = r.conflict() ? 409 : 400;
      Rejected.Problem first = r.problems().get(0);
      JsonObjectBuilder body = problems.body(lang, status, first.key(), first.args().toArray());
      JsonArrayBuilder errors = JsonBuilders.array();
      r.problems()
          .forEach(
              p ->
                  errors.add(
                      JsonBuilders.object()
                          .add("field", p.field())
                          .add("message", catalog.format(lang, p.key(), p.args().toArray()))));
      return respond(body.add("errors", errors), status);
    }
    if (t instanceof ConstraintViolationException cv) {
      JsonObjectBuilder body = problems.body(lang, 400, "core.problem.invalid");
      JsonArrayBuilder errors = JsonBuilders.array();
      for (ConstraintViolation<?> v : cv.getConstraintViolations()) {
        String path = v.getPropertyPath().toString();
        errors.add(
            JsonBuilders.object()
                .add("field", path.substring(path.lastIndexOf('.') + 1))
                .add("message", v.getMessage()));
      }
      return respond(body.add("errors", errors), 400);
    }
    if (t instanceof OptimisticLockException) {
      return respond(problems.body(lang, 409, "core.problem.conflict"), 409);
    }
    if (fromJsonParser(e)) {
      return respond(problems.body(lang, 400, "core.problem.tooDeep"), 400);
    }
    if (t instanceof JsonbException
        || t instanceof ProcessingException
        || t instanceof JsonException
        || t instanceof ClassCastException
            && String.valueOf(t.getMessage()).contains("jakarta.json")) {
      return respond(problems.body(lang, 400, "core.problem.malformed"), 400);
    }
    if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      return respond(problems.body(lang, status, "core.problem.status"), status);
    }
    String incident = Long.toString(System.nanoTime() & 0xffffffffL, 36);
    LOG.log(
        Level.SEVERE,
        "Incident " + incident + " on " + request.getMethod() + " " + request.getRequestURI(),
        e);
    return respond(problems.body(lang, 500, "core.problem.internal", incident), 500);
  }

  /**
   * Whether the JSON parser refused the body for its own limits: Parsson throws a bare {@code
   * RuntimeException} for a body nested deeper than it allows (and the stack may overflow before on
   * other parsers).
   */
  static boolean fromJsonParser(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StackOverflowError) {
        return true;
      }
      StackTraceElement[] trace = t.getStackTrace();
      if ((t.getClass() == RuntimeException.class || t instanceof IllegalStateException)
          && trace.length > 0
          && trace[0].getClassName().startsWith("org.eclipse.parsson.")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 10 && t.getCause() != null; i++) {
      if (t instanceof ProblemException
          || t instanceof ConstraintViolationException
          || t instanceof Rejected
          || t instanceof Denied
          || t instanceof OptimisticLockException
          || t instanceof ModuleChangeRefused
          || t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
        // a parameter that does not convert is the client's fault, whatever caused it
        return t;
      }
      t = t.getCause();
    }
    return t;
  }

  private static Response respond(JsonObjectBuilder body, int status) {
    return Response.status(status)
        .type(Problems.MEDIA_TYPE)
        .entity(body.build().toString())
        .build();
  }
}
