package org.plenum.core.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.plenum.api.Caller;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.web.CsrfToken;

/**
 * Guards every API request before it reaches a resource: a disabled module's API answers 404
 * ({@code /api/v1/<module>/…}), and a write authenticated by the session cookie must carry the
 * session's CSRF token in {@code X-CSRF-Token}. Clients that send credentials with each request
 * (HTTP Basic) are not exposed to CSRF.
 */
@Provider
@PreMatching
public class ApiGuard implements ContainerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject ModuleRegistry registry;

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    List<PathSegment> segments = context.getUriInfo().getPathSegments();
    if (segments.size() >= 2 && "v1".equals(segments.get(0).getPath())) {
      String id = segments.get(1).getPath();
      if (registry.find(id).isPresent() && !registry.isEnabled(id)) {
        throw new ProblemException(404, "core.problem.moduleOff", id);
      }
    }
    if (!SAFE.contains(context.getMethod())) {
      Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
      if (caller != null
          && caller.viaSession()
          && !CsrfToken.matches(
              request.getSession(false), context.getHeaderString(CsrfToken.HEADER))) {
        throw new ProblemException(403, "core.problem.csrf");
      }
    }
  }
}
