package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.plenum.api.Caller;

/** The API caller of the current request, for resources. */
@RequestScoped
public class CallerContext {

  @Inject HttpServletRequest request;

  /**
   * @return the caller, or {@code null} when anonymous
   */
  public Caller caller() {
    return (Caller) request.getAttribute(Caller.ATTRIBUTE);
  }

  /**
   * @return the client's address
   */
  public String address() {
    return request.getRemoteAddr();
  }
}
