package org.plenum.pages;

import java.util.List;

/** A page that cannot be saved, with every problem found, each for one field. */
public class PageRejected extends RuntimeException {

  /**
   * One problem.
   *
   * @param field the field (title, slug, body, language, menuOrder, version)
   * @param key message key of the pages bundle
   * @param args message arguments
   */
  public record Problem(String field, String key, List<Object> args) {}

  private final transient List<Problem> problems;
  private final boolean conflict;

  PageRejected(List<Problem> problems, boolean conflict) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
    this.conflict = conflict;
  }

  /** @return the problems */
  public List<Problem> problems() {
    return problems;
  }

  /** @return true when the page was changed by someone else meanwhile, or a slug is taken */
  public boolean conflict() {
    return conflict;
  }
}
