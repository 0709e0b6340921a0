package org.plenum.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.plenum.api.Caller;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.ActiveAccounts;
import org.plenum.core.identity.ApiTokens;
import org.plenum.core.identity.Grants;
import org.plenum.core.identity.LoginThrottle;
import org.plenum.core.identity.Sessions;

/**
 * How callers are recognised. A form log-in ({@code SecurityContext.authenticate} from the log-in
 * page) checks the credentials and keeps the caller in a new session; later requests of that
 * session are recognised from it. API clients may instead send HTTP Basic credentials with each
 * request to {@code /api/}: no session is made for them. Anonymous requests pass untouched and
 * never create a session.
 */
@ApplicationScoped
public class PlenumAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(PlenumAuthentication.class.getName());

  /** Request attribute set when the caller came with a personal API token. */
  public static final String BY_TOKEN = "plenum.auth.token";

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginThrottle throttle;

  @Inject Problems problems;

  @Inject ActiveAccounts activeAccounts;

  @Inject ApiTokens apiTokens;

  @Inject Sessions sessions;

  @Inject Accounts accounts;

  @Inject Grants grants;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return formLogin(request, context, credential);
    }
    String header = request.getHeader("Authorization");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // the API, and the server's health and metrics, which monitors read with credentials
    boolean api =
        path.startsWith("/api/") || path.startsWith("/metrics") || path.startsWith("/health");
    if (header != null && api && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(request, response, context, header.substring(6).trim());
    }
    if (header != null && api && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(request, response, context, header.substring(7).trim());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(Caller.SESSION_ATTRIBUTE) instanceof Caller c) {
      if (!activeAccounts.isActive(c.username())) {
        LOG.info(() -> "Ended the session of suspended account '" + c.username() + "'");
        session.invalidate();
        return context.doNothing();
      }
      if (!sessions.stands(
          (String) session.getAttribute(Sessions.KEY_ATTRIBUTE), request.getRemoteAddr())) {
        LOG.fine(() -> "A session of '" + c.username() + "' was ended elsewhere");
        session.invalidate();
        return context.doNothing();
      }
      request.setAttribute(Caller.ATTRIBUTE, c);
      return context.notifyContainerAboutLogin(c.username(), c.roles());
    }
    return context.doNothing();
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Caller caller =
        new Caller(result.getCallerPrincipal().getName(), result.getCallerGroups(), true);
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    String previous = (String) session.getAttribute(Sessions.KEY_ATTRIBUTE);
    if (previous != null) {
      sessions.end(previous);
    }
    accounts
        .byUsername(caller.username())
        .ifPresent(
            a ->
                session.setAttribute(
                    Sessions.KEY_ATTRIBUTE,
                    sessions.open(
                        a.id(), request.getHeader("User-Agent"), request.getRemoteAddr())));
    session.setAttribute(Caller.SESSION_ATTRIBUTE, caller);
    request.setAttribute(Caller.ATTRIBUTE, caller);
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus bearer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String token) {
    String address = request.getRemoteAddr();
    String key = "api-token@" + address;
    if (!throttle.allows(key, address)) {
      response.setHeader("Retry-After", "900");
      problems.write(request, response, 429, "core.problem.throttled");
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<String> username = apiTokens.authenticate(token);
    if (username.isEmpty()) {
      throttle.failed(key, address);
      LOG.warning(() -> "Unknown or revoked API token from " + address);
      problems.write(request, response, 401, "core.problem.token");
      return AuthenticationStatus.SEND_FAILURE;
    }
    Set<String> roles = grants.siteRoles(username.get());
    request.setAttribute(Caller.ATTRIBUTE, new Caller(username.get(), roles, false));
    request.setAttribute(BY_TOKEN, Boolean.TRUE);
    return context.notifyContainerAboutLogin(username.get(), roles);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      problems.write(request, response, 401, "core.problem.credentials");
      return AuthenticationStatus.SEND_FAILURE;
    }
    int colon = decoded.indexOf(':');
    String username = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    String address = request.getRemoteAddr();
    if (!throttle.allows(username, address)) {
      LOG.warning(
          () -> "API log-in refused by throttling: account '" + username + "' from " + address);
      response.setHeader("Retry-After", "900");
      problems.write(request, response, 429, "core.problem.throttled");
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address);
      LOG.warning(() -> "Failed API log-in for account '" + username + "' from " + address);
      problems.write(request, response, 401, "core.problem.credentials");
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username, address);
    request.setAttribute(
        Caller.ATTRIBUTE,
        new Caller(result.getCallerPrincipal().getName(), result.getCallerGroups(), false));
    return context.notifyContainerAboutLogin(result);
  }
}
