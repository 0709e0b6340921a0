package org.plenum.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.spi.Module;

/**
 * How complete each language is, per module: the share of English keys translated, the keys
 * missing, the keys no longer used, and the messages MessageFormat would mangle (a lone {@code '},
 * unbalanced braces, placeholders that differ from English). English and French must be complete
 * and clean; other languages are reported, never required.
 *
 * <p>Run it with {@code ./plenum translations}; the site's build runs the same check.
 */
public final class TranslationReport {

  /** The languages that must be complete. */
  public static final List<String> REQUIRED = List.of(MessageCatalog.SOURCE_LANGUAGE, "fr");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)");

  private TranslationReport() {}

  /**
   * One language of one module.
   *
   * @param lang the language
   * @param module the module id
   * @param total English keys
   * @param translated keys the language has
   * @param missing keys it lacks
   * @param unused keys it has that English no longer has
   * @param errors messages MessageFormat would mangle, each "key: why"
   */
  public record Entry(
      String lang,
      String module,
      int total,
      int translated,
      List<String> missing,
      List<String> unused,
      List<String> errors) {

    /**
     * @return the share translated, 0 to 100, rounded down
     */
    public int percent() {
      return total == 0 ? 100 : (int) (100L * translated / total);
    }

    /**
     * @return true when the language must be complete and is not, or has an error
     */
    public boolean failing() {
      return !errors.isEmpty() || REQUIRED.contains(lang) && !missing.isEmpty();
    }
  }

  /**
   * The message bundles of the modules a class loader sees.
   *
   * @param loader the class loader
   * @return bundle base name by module id
   */
  public static Map<String, String> bundles(ClassLoader loader) {
    Map<String, String> bundles = new TreeMap<>();
    for (Module m : ServiceLoader.load(Module.class, loader)) {
      if (m.messageBundle() != null) {
        bundles.put(m.descriptor().id(), m.messageBundle());
      }
    }
    return bundles;
  }

  /**
   * Analyses every language found.
   *
   * @param bundles bundle base name by module id
   * @param loader where English bundles, translations shipped in module jars and locale packs are
   *     read
   * @param folder a locale pack folder ({@code i18n/}) that overrides the class path, or {@code
   *     null}
   * @return entries by language (English first) then module
   */
  public static List<Entry> analyse(Map<String, String> bundles, ClassLoader loader, Path folder) {
    TreeSet<String> langs = new TreeSet<>(MessageCatalog.packLanguages(loader));
    langs.addAll(MessageCatalog.folderLanguages(folder));
    langs.addAll(REQUIRED);
    langs.remove(MessageCatalog.SOURCE_LANGUAGE);
    List<String> order = new ArrayList<>();
    order.add(MessageCatalog.SOURCE_LANGUAGE);
    order.addAll(langs);
    List<Entry> entries = new ArrayList<>();
    for (String lang : order) {
      for (Map.Entry<String, String> b : new TreeMap<>(bundles).entrySet()) {
        String base = b.getValue().replace('.', '/');
        Properties english = read(loader, base + ".properties", null);
        if (lang.equals(MessageCatalog.SOURCE_LANGUAGE)) {
          List<String> errors = new ArrayList<>();
          new TreeSet<>(english.stringPropertyNames())
              .forEach(k -> check(errors, k, english.getProperty(k), null));
          entries.add(
              new Entry(
                  lang, b.getKey(), english.size(), english.size(), List.of(), List.of(), errors));
          continue;
        }
        Properties pack = read(loader, base + "_" + lang + ".properties", null);
        pack.putAll(read(loader, "i18n/" + lang + "/" + b.getKey() + ".properties", null));
        if (folder != null) {
          pack.putAll(read(null, null, folder.resolve(lang).resolve(b.getKey() + ".properties")));
        }
        TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(pack.stringPropertyNames());
        TreeSet<String> unused = new TreeSet<>(pack.stringPropertyNames());
        unused.removeAll(english.stringPropertyNames());
        List<String> errors = new ArrayList<>();
        new TreeSet<>(pack.stringPropertyNames())
            .stream()
                .filter(english::containsKey)
                .forEach(k -> check(errors, k, pack.getProperty(k), english.getProperty(k)));
        entries.add(
            new Entry(
                lang,
                b.getKey(),
                english.size(),
                english.size() - missing.size(),
                List.copyOf(missing),
                List.copyOf(unused),
                errors));
      }
    }
    return entries;
  }

  private static void check(List<String> errors, String key, String pattern, String english) {
    if (pattern.replace("''", "").contains("'")) {
      errors.add(key + ": a single ' disappears in MessageFormat; write ’ (or '')");
    }
    try {
      new MessageFormat(pattern);
    } catch (IllegalArgumentException e) {
      errors.add(key + ": not a valid MessageFormat (" + e.getMessage() + ")");
      return;
    }
    if (english != null && !placeholders(pattern).equals(placeholders(english))) {
      errors.add(
          key
              + ": placeholders "
              + placeholders(pattern)
              + " differ from English "
              + placeholders(english));
    }
  }

  private static TreeSet<String> placeholders(String pattern) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add("{" + m.group(1) + "}");
    }
    return found;
  }

  private static Properties read(ClassLoader loader, String resource, Path file) {
    Properties p = new Properties();
    try {
      if (file != null) {
        if (Files.isRegularFile(file)) {
          try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
          }
        }
        return p;
      }
      for (URL url : Collections.list(loader.getResources(resource))) {
        Properties one = new Properties();
        try (InputStream in = url.openStream()) {
          one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        one.forEach(p::putIfAbsent);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + (file != null ? file : resource), e);
    }
    return p;
  }

  /**
   * Prints the report.
   *
   * @param entries what {@link #analyse} found
   * @param out where to print
   * @return true when English and French are complete and no language has an error
   */
  public static boolean print(List<Entry> entries, PrintStream out) {
    out.printf(
        "%-8s %-12s %-17s %7s %7s %7s%n",
        "Locale", "Module", "Translated", "Missing", "Unused", "Errors");
    for (Entry e : entries) {
      out.printf(
          "%-8s %-12s %3d %% %-11s %7d %7d %7d%s%n",
          e.lang(),
          e.module(),
          e.percent(),
          e.translated() + "/" + e.total(),
          e.missing().size(),
          e.unused().size(),
          e.errors().size(),
          e.failing() ? "   ← must be fixed" : "");
    }
    boolean ok = true;
    for (Entry e : entries) {
      if (!e.missing().isEmpty() || !e.unused().isEmpty() || !e.errors().isEmpty()) {
        out.printf("%n%s/%s%n", e.lang(), e.module());
        e.errors().forEach(x -> out.println("  error    " + x));
        e.missing().forEach(x -> out.println("  missing  " + x));
        e.unused().forEach(x -> out.println("  unused   " + x));
      }
      ok &= !e.failing();
    }
    out.println();
    out.println(
        ok
            ? "English and French are complete; no message has an error."
            : "English and French must be complete and every message well formed.");
    return ok;
  }

  /**
   * Prints the report for the modules on the class path.
   *
   * @param args the locale pack folder to read over the class path (default {@code i18n})
   */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "i18n");
    ClassLoader loader = TranslationReport.class.getClassLoader();
    boolean ok =
        print(
            analyse(bundles(loader), loader, Files.isDirectory(folder) ? folder : null),
            System.out);
    System.exit(ok ? 0 : 1);
  }
}
