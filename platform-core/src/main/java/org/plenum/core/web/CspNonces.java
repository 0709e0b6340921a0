package org.plenum.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' nonces to the working screens, in place of PrimeFaces' own listener (which
 * {@link NonceForms} removes: it made a nonce for every page before the page could say it was a
 * visitor's page without state, and so opened a session for every visitor). The answers to a
 * working screen's own requests (its table's pages, sorting, filters) carry the site's one policy
 * with the screen's nonce; once any other page is rendered, a nonce a script tag may have left in
 * its view is removed, so that its forms post back without one. Full pages get their policy from
 * {@link PlenumHead}.
 */
public class CspNonces implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.getPartialViewContext().isAjaxRequest()
        || !(faces.getExternalContext().getResponse() instanceof HttpServletResponse response)
        || response.isCommitted()) {
      return;
    }
    String nonce = PrimeFacesContext.getCspState(faces).getNonce();
    response.setHeader("Content-Security-Policy", SecurityHeadersFilter.policy(nonce));
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.getViewRoot() == null
        || faces.getPartialViewContext().isAjaxRequest()
        || PlenumHead.usesPrimeFaces(faces)) {
      return;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap(false);
    if (view != null) {
      view.remove(PlenumHead.VIEW_NONCE);
    }
  }
}
