package org.plenum.api;

import java.util.List;

/**
 * A change a service refuses, with every problem found, each tied to a field and a message key, so
 * that a form marks the fields and the API lists them ({@code errors} in problem details). Nothing
 * was written.
 */
public class Rejected extends RuntimeException {

  /**
   * One problem.
   *
   * @param field the field at fault
   * @param key message key
   * @param args message arguments
   */
  public record Problem(String field, String key, List<Object> args) {}

  private final transient List<Problem> problems;
  private final boolean conflict;

  /**
   * A refusal.
   *
   * @param problems what is wrong, at least one
   * @param conflict true when the data itself is in the way (a taken slug, a stale version): 409
   *     rather than 400
   */
  public Rejected(List<Problem> problems, boolean conflict) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
    this.conflict = conflict;
  }

  /**
   * One problem.
   *
   * @param field the field
   * @param key message key
   * @param args message arguments
   * @return the problem
   */
  public static Problem problem(String field, String key, Object... args) {
    return new Problem(field, key, List.of(args));
  }

  /**
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * @return true for a conflict with the stored data
   */
  public boolean conflict() {
    return conflict;
  }
}
