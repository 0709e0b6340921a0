package org.plenum.core.account;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.plenum.core.identity.Sessions;
import org.plenum.core.web.CsrfToken;
import org.plenum.core.web.Languages;

/** Ends the session, and its record, on a POST that carries the session's CSRF token. */
@WebServlet(name = "PlenumLogout", urlPatterns = "/_plenum/logout")
public class LogoutServlet extends HttpServlet {

  @Inject Languages languages;

  @Inject Sessions sessions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String lang = request.getParameter("lang");
    if (lang == null || !languages.offers(lang)) {
      lang = languages.choose(request);
    }
    if (session != null) {
      if (!CsrfToken.matches(session, request.getParameter("csrf"))) {
        response.sendError(403);
        return;
      }
      sessions.end((String) session.getAttribute(Sessions.KEY_ATTRIBUTE));
      session.invalidate();
    }
    request.logout();
    response.sendRedirect(request.getContextPath() + "/" + lang + "/");
  }
}
