package org.plenum.core.chapters;

import java.util.List;

/** A chapter that cannot be saved, with every problem found. */
public class ChapterRejected extends RuntimeException {

  /**
   * One problem.
   *
   * @param field the field
   * @param key message key of the core bundle
   * @param args message arguments
   */
  public record Problem(String field, String key, List<Object> args) {}

  private final transient List<Problem> problems;
  private final boolean conflict;

  ChapterRejected(List<Problem> problems, boolean conflict) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
    this.conflict = conflict;
  }

  /** @return the problems */
  public List<Problem> problems() {
    return problems;
  }

  /** @return true for a taken slug or a stale version (409 rather than 400) */
  public boolean conflict() {
    return conflict;
  }
}
