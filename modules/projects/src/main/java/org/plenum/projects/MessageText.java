package org.plenum.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.api.Rejected;

/**
 * The text of a discussion's message: checked, quoted in a reply, and the members it names as
 * {@code @profile-address}.
 */
final class MessageText {

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9-]*[a-z0-9])");

  private MessageText() {}

  /**
   * A message's text, trimmed.
   *
   * @param body what was written
   * @return the text
   * @throws Rejected when it is empty or longer than {@link Discussion#TEXT_MAX}
   */
  static String checked(String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > Discussion.TEXT_MAX) {
      throw new Rejected(
          List.of(Rejected.problem("body", "projects.error.messageBody", Discussion.TEXT_MAX)),
          false);
    }
    return text;
  }

  /**
   * A message's Markdown as a quote.
   *
   * @param source the Markdown quoted
   * @return each line behind {@code > }
   */
  static String quoted(String source) {
    StringBuilder q = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      q.append("> ").append(line).append('\n');
    }
    return q.toString().stripTrailing();
  }

  /**
   * The profile addresses a text names.
   *
   * @param text the Markdown
   * @return the addresses, in order, as written after {@code @}
   */
  static List<String> mentions(String text) {
    List<String> slugs = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      slugs.add(m.group(1));
    }
    return slugs;
  }
}
