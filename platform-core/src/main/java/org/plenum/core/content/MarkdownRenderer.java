package org.plenum.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.plenum.api.Markdown;

/**
 * Turns what members write into HTML that is safe to show. Markdown (with tables and autolinks) is
 * rendered by commonmark, then everything, including any raw HTML it let through, passes the OWASP
 * allow-list: formatting, blocks, lists, tables, links to http, https and mailto only, images; no
 * script, no event handler, no style, no frame.
 */
@ApplicationScoped
public class MarkdownRenderer implements Markdown {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowAttributes("href")
                  .onElements("a")
                  .allowStandardUrlProtocols()
                  .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                  .allowAttributes("title")
                  .globally()
                  .allowElements(
                      "pre", "code", "hr", "br", "del", "s", "sup", "sub", "dl", "dt", "dd")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  // an image without a text alternative is taken as decorative, so that screen
                  // readers skip it rather than read out its file name
                  .allowElements(
                      (name, attrs) -> {
                        if (!attrs.contains("alt")) {
                          attrs.add("alt");
                          attrs.add("");
                        }
                        return name;
                      },
                      "img")
                  .toFactory());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  /**
   * Renders Markdown to sanitised HTML.
   *
   * @param markdown the source, possibly hostile
   * @return HTML safe to embed in a page
   */
  public String render(String markdown) {
    return sanitise(renderer.render(parser.parse(markdown == null ? "" : markdown)));
  }

  /**
   * Sanitises HTML that came from elsewhere (an import).
   *
   * @param html untrusted HTML
   * @return HTML safe to embed in a page
   */
  public String sanitise(String html) {
    return POLICY.sanitize(wellFormed(html == null ? "" : html));
  }

  /**
   * Parses HTML as a browser does and writes it back, so that what the sanitiser receives is one
   * well-formed tree: a paragraph opened inside a paragraph, an element closed out of order or left
   * open come out as the browser would have built them, and the sanitised result stays valid HTML.
   */
  private static String wellFormed(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
