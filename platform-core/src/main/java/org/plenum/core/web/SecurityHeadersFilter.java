package org.plenum.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages carry no inline script, so the policy allows scripts
 * and styles from the site itself only; nothing may frame the site.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /** The Content-Security-Policy of every response. */
  public static final String POLICY = policy(null);

  /**
   * The policy, with a page's nonce allowed in {@code script-src} when the page has one (the
   * working screens' components, {@link CspNonces}); nothing else changes.
   *
   * @param nonce the page's nonce, or {@code null}
   * @return the policy
   */
  public static String policy(String nonce) {
    return "default-src 'self'; script-src 'self'"
        + (nonce == null ? "" : " 'nonce-" + nonce + "'")
        + "; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; also used after a response was reset to show an error.
   *
   * @param request the request
   * @param response the response
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
