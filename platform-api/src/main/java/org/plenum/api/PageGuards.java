package org.plenum.api;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page's answer instead of itself, from a view action or after a form's action: 404 for something
 * that is not there (or that the reader may not know is there), 403 for something they may not do.
 * The site shows its error page in the reader's language.
 */
public final class PageGuards {

  private PageGuards() {}

  /**
   * Answers a status instead of the page.
   *
   * @param status such as 404 or 403
   */
  public static void answer(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Answers 404 instead of the page. */
  public static void notFound() {
    answer(404);
  }

  /** Answers 403 instead of the page. */
  public static void forbidden() {
    answer(403);
  }

  /**
   * Sends the reader on to another address after an action (post, then redirect), instead of the
   * page.
   *
   * @param url the address, such as {@link CurrentReader#link(String)} gives
   */
  public static void redirect(String url) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /**
   * Answers 301 Moved Permanently instead of the page, for content that has a new address (a
   * renamed post, say): readers and search engines follow it and keep the new one.
   *
   * @param url the new address, absolute
   * @since 1.4.0
   */
  public static void moved(String url) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().setResponseStatus(301);
    faces.getExternalContext().setResponseHeader("Location", url);
    faces.responseComplete();
  }
}
