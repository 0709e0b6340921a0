package org.plenum.blog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Members;
import org.plenum.api.Texts;
import org.plenum.blog.Blog;
import org.plenum.blog.BlogRules;
import org.plenum.blog.BlogRules.Actor;
import org.plenum.blog.Blogs;

/**
 * The blogs a writer may start a post in, as the editor offers them: {@code me} for their own blog,
 * {@code chapter-<id>} for a chapter's, {@code news} for the News; and the blog a choice names.
 */
@RequestScoped
public class BlogChoices {

  @Inject Blogs blogs;

  @Inject BlogRules rules;

  @Inject Chapters chapters;

  @Inject Members accounts;

  @Inject Texts msg;

  @Inject PostLinks links;

  /**
   * A blog the writer may write in.
   *
   * @param value the form value: {@code news}, {@code me} or {@code chapter-<id>}
   * @param label its name
   */
  public record Choice(String value, String label) {}

  /**
   * The blogs a writer may start a post in: their own, their chapters', the News.
   *
   * @param actor the writer, or {@code null}
   * @return the choices, none for nobody
   */
  public List<Choice> of(Actor actor) {
    List<Choice> list = new ArrayList<>();
    if (actor == null) {
      return list;
    }
    list.add(new Choice("me", msg.text("blog.edit.myBlog")));
    for (Chapter c : chapters.of(actor.accountId())) {
      list.add(new Choice("chapter-" + c.getId(), c.getName()));
    }
    for (Chapter c : chapters.coordinatedBy(actor.accountId())) {
      if (list.stream().noneMatch(x -> x.value().equals("chapter-" + c.getId()))) {
        list.add(new Choice("chapter-" + c.getId(), c.getName()));
      }
    }
    list.add(new Choice("news", msg.text("blog.news.title")));
    return list;
  }

  /**
   * The blog a choice names, made on first use, when the writer may write in it.
   *
   * @param actor the writer
   * @param choice the form value, {@code null} for their own blog
   * @return the blog, or {@code null} when there is none or they may not write there
   */
  public Blog target(Actor actor, String choice) {
    String chosen = choice == null ? "me" : choice;
    Blog b = null;
    if ("news".equals(chosen)) {
      b = blogs.news();
    } else if ("me".equals(chosen)) {
      b =
          accounts
              .byUsername(actor.caller().username())
              .map(a -> blogs.memberBlog(a.id(), a.slug()))
              .orElse(null);
    } else if (chosen.startsWith("chapter-")) {
      String id = chosen.substring("chapter-".length());
      Chapter c = id.matches("\\d{1,18}") ? chapters.byId(Long.parseLong(id)).orElse(null) : null;
      b = c == null ? null : blogs.chapterBlog(c.getId(), c.getSlug());
    }
    return b != null && rules.mayWrite(actor, b) ? b : null;
  }

  /**
   * The choice that names a blog.
   *
   * @param b the blog
   * @return its form value
   */
  public static String choiceOf(Blog b) {
    return switch (b.getKind()) {
      case SITE -> "news";
      case CHAPTER -> "chapter-" + b.getChapterId();
      case MEMBER -> "me";
    };
  }

  /**
   * A blog's name in the editor.
   *
   * @param blog the blog, or {@code null}
   * @return "News", its chapter's name or its member's, "" for none
   */
  public String name(Blog blog) {
    if (blog == null) {
      return "";
    }
    return switch (blog.getKind()) {
      case SITE -> msg.text("blog.news.title");
      case CHAPTER -> chapters.byId(blog.getChapterId()).map(Chapter::getName).orElse("");
      case MEMBER -> links.blogName(blog);
    };
  }
}
