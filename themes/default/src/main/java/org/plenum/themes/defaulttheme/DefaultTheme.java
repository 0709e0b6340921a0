package org.plenum.themes.defaulttheme;

import org.plenum.spi.Theme;

/** Plenum's default theme: responsive, accessible, every asset self-hosted. */
public class DefaultTheme implements Theme {
  @Override
  public String id() {
    return "default";
  }
}
