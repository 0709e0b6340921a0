package org.plenum.core.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes forms post back to the clean URL the reader is on ({@code /en/pages/new}) instead of the
 * Facelets file behind it, which is never reachable directly. Every module's plain {@code h:form}
 * gets this for free.
 */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

  /**
   * Wraps the default view handler.
   *
   * @param wrapped the next handler
   */
  public CleanUrlViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Object request = context.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http
        && http.getAttribute(RequestInfo.ATTRIBUTE) != null
        && context.getViewRoot() != null
        && viewId.equals(context.getViewRoot().getViewId())) {
      String uri = (String) http.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      if (uri != null) {
        String query = (String) http.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null || query.isEmpty() ? uri : uri + "?" + query;
      }
    }
    return getWrapped().getActionURL(context, viewId);
  }
}
