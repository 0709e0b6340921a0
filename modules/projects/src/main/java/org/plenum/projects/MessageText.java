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

  /** The most of a message's own text a reply quotes. */
  static final int QUOTE_MAX = 1_000;

  /** The most a message's Markdown holds: its text and the quote before it. */
  static final int SOURCE_MAX = Discussion.TEXT_MAX + QUOTE_MAX + 100;

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
   * A message's own text as a quote: what it quoted itself is left out, and a long text is cut
   * after {@link #QUOTE_MAX} characters, at a space, with an ellipsis.
   *
   * @param source the Markdown quoted
   * @return each line behind {@code > }
   */
  static String quoted(String source) {
    StringBuilder own = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (!line.startsWith(">")) {
        own.append(line).append('\n');
      }
    }
    String text = own.toString().strip();
    if (text.isEmpty()) {
      return "";
    }
    if (text.length() > QUOTE_MAX) {
      int cut = text.lastIndexOf(' ', QUOTE_MAX);
      text = text.substring(0, cut > QUOTE_MAX / 2 ? cut : QUOTE_MAX).stripTrailing() + " …";
    }
    StringBuilder q = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      q.append("> ").append(line).append('\n');
    }
    return q.toString().stripTrailing();
  }

  /**
   * A reply with the quote it was given before it.
   *
   * @param quote the quote, from {@link #quoted(String)}; may be empty
   * @param text the reply, checked
   * @return the quote, a blank line and the reply
   * @throws Rejected when together they are longer than a message holds (a quote of many short
   *     lines grows by its marks)
   */
  static String withQuote(String quote, String text) {
    String joined = quote.isEmpty() ? text : quote + "\n\n" + text;
    if (joined.length() > SOURCE_MAX) {
      throw new Rejected(
          List.of(Rejected.problem("body", "projects.error.messageBody", Discussion.TEXT_MAX)),
          false);
    }
    return joined;
  }

  /**
   * A message rendered, refused when it outgrows its room.
   *
   * @param html the message rendered
   * @return the same
   * @throws Rejected when it is longer than the room kept for a message
   */
  static String rendered(String html) {
    if (html.length() > SOURCE_MAX * ProjectRules.RENDERED_GROWTH) {
      throw new Rejected(
          List.of(Rejected.problem("body", "projects.error.messageBody", Discussion.TEXT_MAX)),
          false);
    }
    return html;
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
