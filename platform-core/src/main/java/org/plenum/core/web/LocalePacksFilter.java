package org.plenum.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.spi.ContentChanged;

/**
 * Picks up a translator's changes to the locale packs while the site runs: before a request, at
 * most every few seconds, the catalogue looks at the packs' files; when they changed it reloads
 * them and the page cache forgets every page, so that the next reader sees the new texts.
 */
public class LocalePacksFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient MessageCatalog catalog;

  @Inject transient PageCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (catalog.refreshIfChanged()) {
      cache.invalidate(Set.of(ContentChanged.EVERYTHING));
    }
    chain.doFilter(request, response);
  }
}
