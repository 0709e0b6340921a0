package org.plenum.core.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.plenum.api.Caller;

/**
 * What the API answers a signed-in caller is theirs alone: {@code Cache-Control: private,
 * no-store}, so that no shared cache or browser history keeps it (the account's answer carries the
 * session's CSRF token). Answers to anonymous callers vary with the credentials and the language a
 * request brings.
 */
@Provider
public class PrivateAnswers implements ContainerResponseFilter {

  static final String PRIVATE = "private, no-store";

  @Override
  public void filter(ContainerRequestContext in, ContainerResponseContext out) {
    // the request's properties are its servlet attributes: no proxy of the servlet request needed
    if (in.getProperty(Caller.ATTRIBUTE) != null
        || in.getSecurityContext() != null && in.getSecurityContext().getUserPrincipal() != null) {
      out.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
    } else if (!out.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      out.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    out.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language, Authorization, Cookie");
  }
}
