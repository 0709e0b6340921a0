package org.plenum.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.primefaces.component.autocomplete.AutoComplete;
import org.primefaces.component.autocomplete.AutoCompleteRenderer;

/**
 * PrimeFaces' auto-complete, its chosen values (co-authors, tags) drawn as a plain list. PrimeFaces
 * draws them as a list box ({@code role="listbox"}, each value an {@code option}) that also holds
 * the text field, which a list box may not: assistive technologies announce a nameless list box and
 * axe-core reports three violations of WCAG 2.1. Here the chosen values are items of a list and the
 * field stays the combo box PrimeFaces makes it; the values the browser adds while one types lose
 * the same roles ({@link WidgetFixes#TOKENS}).
 */
public class TokenList extends AutoCompleteRenderer {

  @Override
  protected void encodeMultipleMarkup(FacesContext context, AutoComplete component)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new PlainList(writer));
    try {
      super.encodeMultipleMarkup(context, component);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  /**
   * Writes the first list it meets, and its items, without the roles of a list box; the proposals'
   * list box, written after it, is left as it is.
   */
  static final class PlainList extends ResponseWriterWrapper {

    private static final Set<String> OF_LIST = Set.of("role", "aria-orientation");
    private static final Set<String> OF_ITEM = Set.of("role", "aria-selected", "aria-label");

    private final Deque<String> open = new ArrayDeque<>();

    /** 0 before the list of chosen values, 1 inside it, 2 after it. */
    private int stage;

    PlainList(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      if (stage == 0 && "ul".equals(name)) {
        stage = 1;
        open.clear();
      }
      if (stage == 1) {
        open.push(name);
      }
      super.startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
      if (stage == 1) {
        open.pop();
        if (open.isEmpty()) {
          stage = 2;
        }
      }
      super.endElement(name);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (stage == 1 && dropped(name)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }

    private boolean dropped(String attribute) {
      return switch (open.size()) {
        case 1 -> OF_LIST.contains(attribute);
        case 2 -> "li".equals(open.peek()) && OF_ITEM.contains(attribute);
        default -> false;
      };
    }
  }
}
