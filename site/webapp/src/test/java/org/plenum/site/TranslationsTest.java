package org.plenum.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenum.spi.Module;

/**
 * The translation check of the site's modules: English and French must be complete, and
 * every message a valid MessageFormat pattern whose placeholders match English. Keys no
 * longer used in English are reported too.
 */
class TranslationsTest {

  private static final List<String> REQUIRED = List.of("fr");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  @Test
  void englishAndFrenchAreCompleteAndWellFormed() throws IOException {
    ClassLoader loader = getClass().getClassLoader();
    Map<String, String> bundles = new TreeMap<>();
    for (Module m : ServiceLoader.load(Module.class, loader)) {
      if (m.messageBundle() != null) {
        bundles.put(m.descriptor().id(), m.messageBundle());
      }
    }
    assertFalse(bundles.isEmpty(), "no module bundle found");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> b : bundles.entrySet()) {
      String module = b.getKey();
      Properties english = load(loader, b.getValue().replace('.', '/') + ".properties");
      english.stringPropertyNames().forEach(k ->
          checkPattern(problems, module, "en", k, english.getProperty(k), null));
      for (String lang : REQUIRED) {
        Properties pack = load(loader, "i18n/" + lang + "/" + module + ".properties");
        TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(pack.stringPropertyNames());
        TreeSet<String> unused = new TreeSet<>(pack.stringPropertyNames());
        unused.removeAll(english.stringPropertyNames());
        missing.forEach(k -> problems.add(lang + "/" + module + ": missing " + k));
        unused.forEach(k -> problems.add(lang + "/" + module + ": no longer used " + k));
        pack.stringPropertyNames().stream().filter(english::containsKey).forEach(k ->
            checkPattern(problems, module, lang, k, pack.getProperty(k), english.getProperty(k)));
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void checkPattern(List<String> problems, String module, String lang,
      String key, String pattern, String english) {
    String where = lang + "/" + module + ": " + key;
    if (pattern.replace("''", "").contains("'")) {
      problems.add(where + ": a single ' is swallowed by MessageFormat; write '' or ’");
    }
    try {
      new MessageFormat(pattern);
    } catch (IllegalArgumentException e) {
      problems.add(where + ": not a valid MessageFormat (" + e.getMessage() + ")");
    }
    if (english != null && !placeholders(pattern).equals(placeholders(english))) {
      problems.add(where + ": placeholders " + placeholders(pattern) + " differ from English "
          + placeholders(english));
    }
  }

  private static TreeSet<String> placeholders(String pattern) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(ClassLoader loader, String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }
}
