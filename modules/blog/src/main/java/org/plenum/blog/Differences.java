package org.plenum.blog;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line-by-line differences between two texts, for comparing revisions. Lines come out as escaped
 * HTML with the changed words in {@code <del>} and {@code <ins>}, safe to show as they are.
 */
public final class Differences {

  private static final DiffRowGenerator GENERATOR =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .mergeOriginalRevised(false)
          .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
          .oldTag(start -> start ? "<del>" : "</del>")
          .newTag(start -> start ? "<ins>" : "</ins>")
          .build();

  private Differences() {}

  /**
   * One line of the comparison.
   *
   * @param kind {@code same}, {@code changed}, {@code added} or {@code removed}
   * @param before the line before, escaped HTML with removals marked
   * @param after the line after, escaped HTML with additions marked
   */
  public record Line(String kind, String before, String after) {}

  /**
   * Compares two texts.
   *
   * @param before the older text, or {@code null}
   * @param after the newer text, or {@code null}
   * @return the lines; unchanged ones included
   */
  public static List<Line> of(String before, String after) {
    List<Line> lines = new ArrayList<>();
    for (DiffRow row : GENERATOR.generateDiffRows(lines(before), lines(after))) {
      String kind =
          switch (row.getTag()) {
            case EQUAL -> "same";
            case CHANGE -> "changed";
            case INSERT -> "added";
            case DELETE -> "removed";
          };
      lines.add(new Line(kind, row.getOldLine(), row.getNewLine()));
    }
    return lines;
  }

  /**
   * Tells whether two texts differ.
   *
   * @param before one
   * @param after the other
   * @return true when they differ
   */
  public static boolean differ(String before, String after) {
    return !lines(before).equals(lines(after));
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty()
        ? List.of()
        : Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
  }
}
