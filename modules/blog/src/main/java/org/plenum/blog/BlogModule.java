package org.plenum.blog;

import java.util.List;
import org.plenum.api.PlenumApi;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;
import org.plenum.spi.Permission;
import org.plenum.spi.Roles;
import org.plenum.spi.Route;

/**
 * Blogs and news: the site's News at {@code /<lang>/news}, chapters' and members' blogs at {@code
 * /<lang>/blogs/<blog>}, tag and author pages, a chapter tab, home-page blocks, and RSS and Atom
 * feeds under {@code /feeds/}.
 */
public class BlogModule implements Module {

  /** The module id. */
  public static final String ID = "blog";

  /** Permission to write posts in one's own blog. */
  public static final String WRITE = "blog.post.write";

  /** Permission to publish in a chapter's blog (coordinators, within their subtree). */
  public static final String PUBLISH_CHAPTER = "blog.chapter.publish";

  /** Permission to publish in the site's News and review any blog. */
  public static final String PUBLISH_NEWS = "blog.news.publish";

  /** Permission to comment on posts. */
  public static final String COMMENT = "blog.comment.write";

  /** Permission to moderate every comment and see the reports. */
  public static final String MODERATE = "blog.comment.moderate";

  @Override
  public ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(ID, "0.1.0").api(PlenumApi.VERSION).build();
  }

  @Override
  public List<String> entityClassNames() {
    return List.of(
        "org.plenum.blog.Blog",
        "org.plenum.blog.Post",
        "org.plenum.blog.Revision",
        "org.plenum.blog.OldSlug",
        "org.plenum.blog.Comment");
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.open("news", "/blog/list.xhtml"),
        Route.open("news/{post}", "/blog/post.xhtml"),
        Route.open("blogs", "/blog/list.xhtml"),
        Route.open("blogs/{blog}", "/blog/list.xhtml"),
        Route.open("blogs/{blog}/{post}", "/blog/post.xhtml"),
        Route.open("tags/{tag}", "/blog/list.xhtml"),
        Route.open("authors/{author}", "/blog/list.xhtml"),
        Route.open("archive", "/blog/archive.xhtml"),
        Route.open("archive/{year}/{month}", "/blog/list.xhtml"),
        Route.guarded("write", "/blog/edit.xhtml", WRITE),
        Route.guarded("posts", "/blog/mine.xhtml", WRITE),
        Route.guarded("posts/{id}", "/blog/post.xhtml", WRITE),
        Route.guarded("posts/{id}/edit", "/blog/edit.xhtml", WRITE),
        Route.guarded("posts/{id}/revisions", "/blog/revisions.xhtml", WRITE),
        Route.guarded("admin/blog", "/blog/admin.xhtml", PUBLISH_NEWS));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(WRITE, Roles.MEMBER, Roles.SUPPORTER, Roles.EDITOR, Roles.ADMINISTRATOR),
        Permission.of(PUBLISH_CHAPTER, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMINISTRATOR),
        Permission.of(PUBLISH_NEWS, Roles.EDITOR, Roles.ADMINISTRATOR),
        Permission.of(
            COMMENT,
            Roles.MEMBER,
            Roles.SUPPORTER,
            Roles.COORDINATOR,
            Roles.EDITOR,
            Roles.ADMINISTRATOR),
        Permission.of(MODERATE, Roles.EDITOR, Roles.ADMINISTRATOR));
  }

  @Override
  public String stylesheet() {
    return "/blog/blog.css";
  }

  @Override
  public String messageBundle() {
    return "org.plenum.blog.messages";
  }
}
