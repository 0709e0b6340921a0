package org.plenum.core.content;

/**
 * Control characters in what people write: NUL, BEL, ESC and the like break XML feeds, terminals
 * and mail headers, and no one types them on purpose. Tabs and line breaks are text and stay.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /**
   * Whether a character is a control character that text may not hold.
   *
   * @param c a character
   * @return true for C0 controls other than tab, line feed and carriage return, DEL, and C1
   */
  public static boolean forbidden(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
  }

  /**
   * A text without its control characters.
   *
   * @param text a text, or {@code null}
   * @return the same text when it has none (the same instance), else a copy without them
   */
  public static String strip(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !forbidden(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!forbidden(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether a JSON text holds a control character in one of its strings, written as an escape
   * ({@code \u0007}, {@code \b}, {@code \f}) or raw. Escaped backslashes are read as such: {@code
   * "\\u0007"} is six ordinary characters.
   *
   * @param json a JSON text
   * @return true when some string in it would hold a control character
   */
  public static boolean inJson(CharSequence json) {
    int n = json.length();
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char e = json.charAt(++i);
        if (e == 'b' || e == 'f') {
          return true;
        }
        if (e == 'u' && i + 4 < n) {
          try {
            if (forbidden(Integer.parseInt(json.subSequence(i + 1, i + 5).toString(), 16))) {
              return true;
            }
          } catch (NumberFormatException notHex) {
            return false;
          }
          i += 4;
        }
      } else if (forbidden(c)) {
        return true;
      }
    }
    return false;
  }
}
