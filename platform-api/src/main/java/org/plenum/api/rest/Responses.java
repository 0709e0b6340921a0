package org.plenum.api.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers every resource gives the same way. */
public final class Responses {

  private Responses() {}

  /**
   * 201 Created: where the new thing is, and what it is.
   *
   * @param uri the request's URI information ({@code @Context UriInfo})
   * @param entity the new thing as the API shows it
   * @param path its path below the API's base, with {@code {…}} templates, such as {@code
   *     v1/events/{slug}}
   * @param values the templates' values, in order
   * @return the response
   */
  public static Response created(UriInfo uri, Object entity, String path, Object... values) {
    return Response.created(uri.getBaseUriBuilder().path(path).build(values))
        .entity(entity)
        .build();
  }

  /**
   * 201 Created with the new thing's entity tag, for things a client changes with {@code If-Match}.
   *
   * @param uri the request's URI information ({@code @Context UriInfo})
   * @param entity the new thing as the API shows it
   * @param tag its entity tag, as its {@code GET} gives it
   * @param path its path below the API's base, with {@code {…}} templates
   * @param values the templates' values, in order
   * @return the response
   * @since 1.4.0
   */
  public static Response created(
      UriInfo uri, Object entity, EntityTag tag, String path, Object... values) {
    return Response.created(uri.getBaseUriBuilder().path(path).build(values))
        .entity(entity)
        .tag(tag)
        .build();
  }
}
