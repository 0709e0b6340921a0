package org.plenum.core.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.plenum.api.Denied;
import org.plenum.api.rest.ProblemException;
import org.primefaces.csp.CspException;

/**
 * Turns the Faces failures that a reader can cause into answers, not 500s. A form whose view state
 * is unknown (the session ended, or the post was forged) sends the reader back to the same page,
 * fresh; a form with a file field posted without its multipart body, or a working screen's form
 * without its page's nonce, answers 400; an action the reader is not allowed answers 403.
 * Everything else goes on to the error page, which records an incident.
 */
public class PlenumExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PlenumExceptionHandler.class.getName());

  /**
   * Wraps the next handler.
   *
   * @param wrapped the next handler
   */
  public PlenumExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      Throwable cause = root(t);
      try {
        if (cause instanceof ViewExpiredException) {
          events.remove();
          redirectToSelf(faces);
        } else if (notMultipart(cause)) {
          // a form with a file field posted as plain fields: a forged or broken client
          events.remove();
          LOG.warning(() -> "Refused a form without its multipart body: " + cause.getMessage());
          faces.getExternalContext().responseSendError(400, null);
          faces.responseComplete();
        } else if (cause instanceof ProblemException p && p.status() >= 400 && p.status() < 500) {
          // a refusal a module throws from a page's action: its status, not an internal error
          events.remove();
          LOG.info(() -> "Refused a page action with " + p.status() + ": " + p.key());
          faces.getExternalContext().responseSendError(p.status(), null);
          faces.responseComplete();
        } else if (cause instanceof CspException) {
          // a working screen's form posted without the nonce its page gave: forged or broken
          events.remove();
          LOG.warning(() -> "Refused a form without its page's nonce: " + cause.getMessage());
          faces.getExternalContext().responseSendError(400, null);
          faces.responseComplete();
        } else if (cause instanceof Denied) {
          events.remove();
          LOG.warning(() -> "Denied a page action: " + cause.getMessage());
          faces.getExternalContext().responseSendError(403, null);
          faces.responseComplete();
        }
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    getWrapped().handle();
  }

  private static void redirectToSelf(FacesContext faces) throws IOException {
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    if (uri == null) {
      uri = request.getContextPath() + "/";
    }
    ext.redirect(query == null || query.isEmpty() ? uri : uri + "?" + query);
    faces.responseComplete();
  }

  /** Whether a file field's renderer found a request that is not {@code multipart/form-data}. */
  static boolean notMultipart(Throwable cause) {
    if (!(cause instanceof ServletException)) {
      return false;
    }
    StackTraceElement[] trace = cause.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().endsWith(".FileRenderer")
        || String.valueOf(cause.getMessage()).contains("multipart/form-data");
  }

  private static Throwable root(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof FacesException || cause instanceof ELException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Installs the handler; named in the core's {@code faces-config.xml}. */
  public static class Factory extends ExceptionHandlerFactory {

    /**
     * Wraps the next factory.
     *
     * @param wrapped the next factory
     */
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PlenumExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
