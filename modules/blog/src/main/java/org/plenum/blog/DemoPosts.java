package org.plenum.blog;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.spi.SiteStarted;

/**
 * The demo's living news: a thousand posts in English and French, written by the demo members, most
 * in the News and the posts filed under "Blog" in their authors' own blogs. Imported once into a
 * site with demo content; a start interrupted mid-import finishes it.
 */
@ApplicationScoped
public class DemoPosts {

  private static final Logger LOG = Logger.getLogger(DemoPosts.class.getName());
  private static final String DONE = "blog.demo.imported";
  private static final Set<String> BLOG_CATEGORIES = Set.of("Blog", "Blogue");

  @Inject Members members;

  @Inject PostImport importer;

  @Inject Blogs blogs;

  @Inject Settings settings;

  @PersistenceContext EntityManager em;

  void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SiteStarted started) {
    if (!started.demoContent()
        || !started.enabledModules().contains(BlogModule.ID)
        || "true".equals(settings.get(DONE))) {
      return;
    }
    List<Object[]> members = demoMembers();
    if (members.isEmpty()) {
      return;
    }
    Blog news = blogs.news();
    long started0 = System.nanoTime();
    try (InputStream in =
            new GZIPInputStream(DemoPosts.class.getResourceAsStream("demo/posts.json.gz"));
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      PostImport.Result r =
          importer.run(
              reader,
              post -> {
                int id = post.getInt("id", 0);
                Object[] first = members.get(Math.floorMod(id, members.size()));
                List<Long> authors =
                    id % 4 == 0
                        ? List.of(
                            (Long) first[0],
                            (Long) members.get(Math.floorMod(id * 7 + 3, members.size()))[0])
                        : List.of((Long) first[0]);
                if (authors.size() == 2 && authors.get(0).equals(authors.get(1))) {
                  authors = List.of(authors.get(0));
                }
                boolean personal =
                    post.get("categories") instanceof JsonArray cats
                        && cats.stream()
                            .anyMatch(
                                c ->
                                    c instanceof JsonString s
                                        && BLOG_CATEGORIES.contains(s.getString()));
                Blog blog = personal ? blogs.memberBlog((Long) first[0], (String) first[1]) : news;
                return new PostImport.Target(blog, authors);
              });
      settings.update(Map.of(DONE, "true"));
      LOG.info(
          () ->
              "Imported the demo posts: "
                  + r
                  + " in "
                  + (System.nanoTime() - started0) / 1_000_000
                  + " ms");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Object[]> demoMembers() {
    return members.active(0, 40).stream()
        .filter(m -> m.slug() != null && !"admin".equals(m.username()))
        .limit(30)
        .map(m -> new Object[] {m.id(), m.slug()})
        .toList();
  }
}
