package org.plenum.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plenum.core.content.ControlCharacters;

/**
 * A form's fields without control characters (NUL, BEL, ESC…), whatever page reads them: no title,
 * name or comment stores one, so none reaches a feed, a mail or a terminal.
 */
final class TextParameters extends HttpServletRequestWrapper {

  private Map<String, String[]> cleaned;

  TextParameters(HttpServletRequest request) {
    super(request);
  }

  @Override
  public String getParameter(String name) {
    String[] values = getParameterMap().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = getParameterMap().get(name);
    return values == null ? null : values.clone();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    if (cleaned == null) {
      Map<String, String[]> map = new LinkedHashMap<>();
      super.getParameterMap()
          .forEach(
              (name, values) -> {
                String[] copy = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                  copy[i] = ControlCharacters.strip(values[i]);
                }
                map.put(ControlCharacters.strip(name), copy);
              });
      cleaned = Collections.unmodifiableMap(map);
    }
    return cleaned;
  }
}
