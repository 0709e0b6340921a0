package org.plenum.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.context.PrimeFacesContext;

/**
 * Gives the working screens' components (PrimeFaces, which puts a nonce on each of its scripts) the
 * one policy of the site with the page's nonce in {@code script-src}: the header is set again
 * before the page is rendered, on full pages and on the components' own requests. Nothing else in
 * the policy changes. Visitors' pages carry no script and keep the policy without a nonce, so that
 * a page served from the cache to everyone never repeats one.
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
    // the header is set before rendering
  }
}
