package org.plenum.core.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.lifecycle.LifecycleFactory;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspPhaseListener;

/**
 * On a working screen, every form carries the screen's nonce, which PrimeFaces asks of each post
 * back to such a page: its own buttons send it by script, and this makes the page's plain buttons
 * ({@code h:commandButton}) send it too, with or without scripts. Installed when the application
 * starts, around the standard form renderer; PrimeFaces' own nonce listener is removed then, for
 * {@link CspNonces} and {@link PlenumHead} to do its work on the working screens alone.
 */
public class NonceForms implements SystemEventListener {

  private static final String FORM = "jakarta.faces.Form";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof Application;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext context = FacesContext.getCurrentInstance();
    RenderKitFactory factory =
        (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
    RenderKit kit = factory.getRenderKit(context, RenderKitFactory.HTML_BASIC_RENDER_KIT);
    Renderer form = kit.getRenderer(UIForm.COMPONENT_FAMILY, FORM);
    if (form != null && !(form instanceof WithNonce)) {
      kit.addRenderer(UIForm.COMPONENT_FAMILY, FORM, new WithNonce(form));
    }
    // CspNonces and PlenumHead do its work for the working screens only
    LifecycleFactory lifecycles =
        (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
    Lifecycle lifecycle = lifecycles.getLifecycle(LifecycleFactory.DEFAULT_LIFECYCLE);
    for (PhaseListener listener : lifecycle.getPhaseListeners()) {
      if (listener instanceof CspPhaseListener) {
        lifecycle.removePhaseListener(listener);
      }
    }
  }

  /** The standard form, with the nonce of a working screen in a hidden field. */
  static final class WithNonce extends RendererWrapper {

    WithNonce(Renderer wrapped) {
      super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      if (PlenumHead.usesPrimeFaces(context)) {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PlenumHead.VIEW_NONCE, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
      }
      super.encodeEnd(context, component);
    }
  }
}
