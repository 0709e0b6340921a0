package org.plenum.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version ({@code MAJOR.MINOR.PATCH}, with an optional pre-release tag that sorts before
 * the release). Build metadata is ignored.
 *
 * @param major incompatible changes
 * @param minor compatible additions
 * @param patch fixes
 * @param preRelease pre-release tag, empty for a release
 */
public record SemVer(int major, int minor, int patch, String preRelease)
    implements Comparable<SemVer> {

  private static final Pattern FORM =
      Pattern.compile(
          "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
              + "(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  /**
   * Parses a version.
   *
   * @param text such as {@code 1.4.0} or {@code 2.0.0-rc.1}
   * @return the version
   * @throws IllegalArgumentException when the text is not a semantic version
   */
  public static SemVer parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("version is missing");
    }
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a semantic version (x.y.z)");
    }
    return new SemVer(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        m.group(4) == null ? "" : m.group(4));
  }

  @Override
  public int compareTo(SemVer o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, o.patch);
    }
    if (c == 0 && !preRelease.equals(o.preRelease)) {
      if (preRelease.isEmpty()) {
        return 1;
      }
      if (o.preRelease.isEmpty()) {
        return -1;
      }
      c = preRelease.compareTo(o.preRelease);
    }
    return c;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
