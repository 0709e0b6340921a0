package org.plenum.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.plenum.spi.SiteStarted;

/**
 * The organisation's five pages in English and French, installed into an empty site when demo
 * content is on: About, Mission Statement, Vision Statement, Structure and Programme, Privacy.
 */
@ApplicationScoped
public class DemoPages {

  private static final Logger LOG = Logger.getLogger(DemoPages.class.getName());

  /** English slug, French slug, menu order; titles are the first line of each file. */
  private static final List<String[]> PAGES =
      List.of(
          new String[] {"about", "a-propos", "10"},
          new String[] {"mission-statement", "declaration-de-mission", "20"},
          new String[] {"vision-statement", "declaration-de-vision", "30"},
          new String[] {"structure-and-programme", "structure-et-programme", "40"},
          new String[] {"privacy", "confidentialite", "90"});

  @Inject PageService pages;

  void install(@Observes SiteStarted started) {
    if (!started.demoContent()
        || !started.enabledModules().contains(PagesModule.ID)
        || pages.count() > 0) {
      return;
    }
    for (String[] p : PAGES) {
      int order = Integer.parseInt(p[2]);
      Page en = create("en", p[0], order, null);
      create("fr", p[1], order, en.getId());
    }
    LOG.info("Installed the demo pages in English and French");
  }

  private Page create(String lang, String slug, int order, Long translationOf) {
    String text = read("demo/" + lang + "/" + slug + ".md");
    int newline = text.indexOf('\n');
    String title = text.substring(0, newline).replaceFirst("^#\\s*", "").strip();
    String body = text.substring(newline + 1).strip() + "\n";
    return pages.create(new PageDraft(lang, slug, title, body, order, translationOf), "demo");
  }

  private static String read(String resource) {
    try (InputStream in = DemoPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing demo page " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
