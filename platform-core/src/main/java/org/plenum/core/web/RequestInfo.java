package org.plenum.core.web;

import java.util.Map;
import org.plenum.spi.Route;

/**
 * What the router learnt about a page request, kept as a request attribute for the view.
 *
 * @param lang the language of the URL
 * @param rest the path below the language prefix
 * @param moduleId the module that owns the route
 * @param route the route
 * @param parameters path parameters
 */
public record RequestInfo(
    String lang, String rest, String moduleId, Route route, Map<String, String> parameters) {

  /** The request attribute holding it. */
  public static final String ATTRIBUTE = "plenum.request";
}
