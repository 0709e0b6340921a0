package org.plenum.core.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.plenum.core.i18n.MessageCatalog;
import org.primefaces.PrimeFaces;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * The page's {@code <head>}. A working screen, whose components need PrimeFaces' scripts, gets them
 * with the page's nonce added to the site's policy. Every other page, every visitor's page among
 * them, stays as it was: no script of PrimeFaces and the policy without a nonce ({@link CspNonces}
 * then drops any nonce kept in its view, so that its forms post back with or without scripts).
 */
public class PlenumHead extends HeadRenderer {

  /** The key under which PrimeFaces keeps a view's nonce, to check it on the next post. */
  static final String VIEW_NONCE = "primefaces.nonce";

  private static final String PRIMEFACES = "primefaces";

  /** Where the answer of {@link #usesPrimeFaces} is kept for the rest of the request. */
  private static final String WORKING = PlenumHead.class.getName() + ".working";

  @Override
  public void encodeBegin(FacesContext context, UIComponent head) throws IOException {
    boolean working = usesPrimeFaces(context);
    String nonce = working ? PrimeFacesContext.getCspState(context).getNonce() : null;
    if (context.getExternalContext().getResponse() instanceof HttpServletResponse response
        && !response.isCommitted()) {
      response.setHeader("Content-Security-Policy", SecurityHeadersFilter.policy(nonce));
    }
    if (working) {
      // what PrimeFaces' own listener did for every page: its scripts learn the nonce (Base64)
      PrimeFaces.current()
          .executeInitScript("if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce + "');}");
      PrimeFaces.current().executeInitScript(WidgetFixes.ALL);
      String lang = context.getViewRoot().getLocale().getLanguage();
      if (!PrimeFacesTexts.shipped(lang)) {
        MessageCatalog texts = CDI.current().select(MessageCatalog.class).get();
        PrimeFaces.current()
            .executeInitScript(
                PrimeFacesTexts.script(lang, texts.generation(), key -> texts.get(lang, key)));
      }
      super.encodeBegin(context, head);
      return;
    }
    context.getResponseWriter().startElement("head", head);
  }

  /**
   * PrimeFaces' texts in the reader's language where it brings them; for another language, a
   * pack's, none is asked for (it would be a script that is not there) and {@link PrimeFacesTexts}
   * gives them instead.
   */
  @Override
  protected void encodeLocaleResources(FacesContext context, PrimeConfiguration config) {
    if (PrimeFacesTexts.shipped(context.getViewRoot().getLocale().getLanguage())) {
      super.encodeLocaleResources(context, config);
    }
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent head) throws IOException {
    if (usesPrimeFaces(context)) {
      super.encodeEnd(context, head);
      return;
    }
    ResponseWriter writer = context.getResponseWriter();
    for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
      if (!PRIMEFACES.equals(resource.getAttributes().get("library"))) {
        resource.encodeAll(context);
      }
    }
    writer.endElement("head");
  }

  /**
   * Whether a component of the page asked for PrimeFaces' scripts (those of every page, its texts
   * in the reader's language and its icons, do not count). Read once a request: the page's head,
   * each of its forms and the end of its rendering ask.
   *
   * @param context the request
   * @return true for a working screen
   */
  static boolean usesPrimeFaces(FacesContext context) {
    return (Boolean) context.getAttributes().computeIfAbsent(WORKING, k -> askedFor(context));
  }

  private static boolean askedFor(FacesContext context) {
    for (UIComponent r : context.getViewRoot().getComponentResources(context, "head")) {
      Object library = r.getAttributes().get("library");
      Object name = r.getAttributes().get("name");
      if (PRIMEFACES.equals(library)
          && name instanceof String n
          && n.endsWith(".js")
          && !n.startsWith("locales/")) {
        return true;
      }
    }
    return false;
  }
}
