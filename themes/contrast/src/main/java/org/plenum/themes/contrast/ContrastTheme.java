package org.plenum.themes.contrast;

import org.plenum.spi.Theme;

/**
 * A high-contrast, print-like theme: yellow and white on black, large serif type, the menu as a
 * column beside the page. It proves that a theme is only a jar: a layout and a stylesheet.
 */
public class ContrastTheme implements Theme {
  @Override
  public String id() {
    return "contrast";
  }
}
