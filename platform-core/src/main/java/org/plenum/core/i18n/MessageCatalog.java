package org.plenum.core.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Every string a person reads, by language. English comes from each module's own bundle; another
 * language comes from the locale pack folder {@code i18n/<lang>/<module>.properties} (UTF-8) or,
 * failing that, from {@code <bundle>_<lang>.properties} in the module's jar. The site's data folder
 * may hold packs too ({@code <data>/i18n/<lang>/<module>.properties}): they override the others and
 * are picked up while the site runs. A key missing in a language falls back to English. The
 * languages offered are English plus every pack found, so adding a folder adds a language.
 */
@ApplicationScoped
public class MessageCatalog {

  /** The language every module writes its source strings in. */
  public static final String SOURCE_LANGUAGE = "en";

  private static final Logger LOG = Logger.getLogger(MessageCatalog.class.getName());

  private volatile Map<String, Map<String, String>> byLanguage = Map.of();
  private volatile Map<String, Map<String, String>> plainText = Map.of();
  private volatile List<String> languages = List.of(SOURCE_LANGUAGE);

  /** How often the site's own locale pack folder is looked at for changes. */
  private static final long RESCAN_NANOS = 2_000_000_000L;

  private volatile Map<String, String> bundles = Map.of();
  private volatile ClassLoader loader;
  private volatile Path folder;
  private volatile String fingerprint = "";
  private volatile long checkedAt;
  private volatile long generation;

  /**
   * Loads the catalogue.
   *
   * @param bundles bundle base name by module id
   * @param loader the application's class loader
   */
  public void load(Map<String, String> bundles, ClassLoader loader) {
    load(bundles, loader, null);
  }

  /**
   * Loads the catalogue, with a folder of locale packs that the site's maintainers and translators
   * fill without rebuilding anything ({@code <data>/i18n/<lang>/<module>.properties}). Its packs
   * override those on the class path, and a change to it is picked up within seconds.
   *
   * @param bundles bundle base name by module id
   * @param loader the application's class loader
   * @param packFolder the folder, or {@code null}
   */
  public synchronized void load(Map<String, String> bundles, ClassLoader loader, Path packFolder) {
    this.bundles = Map.copyOf(bundles);
    this.loader = loader;
    this.folder = packFolder;
    this.fingerprint = fingerprint(packFolder);
    this.checkedAt = System.nanoTime();
    TreeSet<String> packs = new TreeSet<>(packLanguages(loader));
    packs.addAll(folderLanguages(packFolder));
    packs.remove(SOURCE_LANGUAGE);
    List<String> offered = new ArrayList<>();
    offered.add(SOURCE_LANGUAGE);
    offered.addAll(packs);

    Map<String, String> english = new HashMap<>();
    bundles.values().forEach(base -> english.putAll(read(loader, path(base) + ".properties")));
    Map<String, Map<String, String>> all = new HashMap<>();
    all.put(SOURCE_LANGUAGE, Map.copyOf(english));
    for (String lang : packs) {
      Map<String, String> messages = new HashMap<>(english);
      bundles.forEach(
          (id, base) -> {
            messages.putAll(read(loader, path(base) + "_" + lang + ".properties"));
            messages.putAll(read(loader, "i18n/" + lang + "/" + id + ".properties"));
            if (packFolder != null) {
              messages.putAll(readFile(packFolder.resolve(lang).resolve(id + ".properties")));
            }
          });
      all.put(lang, Map.copyOf(messages));
    }
    Map<String, Map<String, String>> plain = new HashMap<>();
    all.forEach(
        (lang, messages) -> {
          Map<String, String> texts = new HashMap<>();
          messages.forEach((key, pattern) -> texts.put(key, plain(lang, key, pattern)));
          plain.put(lang, Map.copyOf(texts));
        });
    byLanguage = Map.copyOf(all);
    plainText = Map.copyOf(plain);
    languages = List.copyOf(offered);
    generation++;
  }

  /**
   * How many times the catalogue was loaded: what is derived from its texts and kept is derived
   * again when this changes.
   *
   * @return the number of loads so far
   */
  public long generation() {
    return generation;
  }

  /**
   * Reloads the catalogue when a file of the site's locale pack folder was added, changed or
   * removed; looks at most every two seconds, so it may be called on every request.
   *
   * @return true when it reloaded
   */
  public boolean refreshIfChanged() {
    Path f = folder;
    long now = System.nanoTime();
    if (f == null || now - checkedAt < RESCAN_NANOS) {
      return false;
    }
    checkedAt = now;
    String current = fingerprint(f);
    if (!current.equals(fingerprint)) {
      LOG.info(() -> "Locale packs in " + f + " changed; reloading the messages");
      load(bundles, loader, f);
      return true;
    }
    return false;
  }

  private static String fingerprint(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder, 2)) {
      files
          .filter(p -> p.toString().endsWith(".properties"))
          .sorted()
          .forEach(
              p -> {
                try {
                  b.append(p)
                      .append(':')
                      .append(Files.getLastModifiedTime(p).toMillis())
                      .append(':')
                      .append(Files.size(p))
                      .append('\n');
                } catch (IOException e) {
                  b.append(p).append(":?\n");
                }
              });
    } catch (IOException e) {
      return "?";
    }
    return b.toString();
  }

  /**
   * The languages of a locale pack folder: its sub-folders named by a language tag.
   *
   * @param folder the folder, or {@code null}
   * @return language tags
   */
  static List<String> folderLanguages(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(folder)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(MessageCatalog::isLanguageTag)
          .sorted()
          .toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list locale packs in " + folder, e);
      return List.of();
    }
  }

  private static Map<String, String> readFile(Path file) {
    Map<String, String> values = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return values;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Cannot read messages " + file, e);
      return values;
    }
    p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
    return values;
  }

  private static String path(String baseName) {
    return baseName.replace('.', '/');
  }

  /** A pattern as text with no argument: {@code ''} becomes a quote, as MessageFormat does. */
  private static String plain(String lang, String key, String pattern) {
    if (pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
      return pattern;
    }
    try {
      return new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(new Object[0]);
    } catch (IllegalArgumentException e) {
      LOG.warning(
          () ->
              "Message " + key + " (" + lang + ") is not a valid MessageFormat: " + e.getMessage());
      return pattern;
    }
  }

  /**
   * The languages offered, English first.
   *
   * @return language tags
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * Tells whether a language is offered.
   *
   * @param tag a language tag
   * @return true when a pack exists (or it is English)
   */
  public boolean offers(String tag) {
    return languages.contains(tag);
  }

  /**
   * A message.
   *
   * @param lang language tag
   * @param key message key
   * @return the text, English when the language lacks it, or {@code ???key???} when unknown
   */
  public String get(String lang, String key) {
    Map<String, String> messages = plainText.getOrDefault(lang, plainText.get(SOURCE_LANGUAGE));
    String value = messages == null ? null : messages.get(key);
    return value == null ? "???" + key + "???" : value;
  }

  private String pattern(String lang, String key) {
    Map<String, String> messages = byLanguage.getOrDefault(lang, byLanguage.get(SOURCE_LANGUAGE));
    String value = messages == null ? null : messages.get(key);
    return value == null ? "???" + key + "???" : value;
  }

  /**
   * A message with arguments, formatted for the language.
   *
   * @param lang language tag
   * @param key message key
   * @param args MessageFormat arguments
   * @return the text
   */
  public String format(String lang, String key, Object... args) {
    return new MessageFormat(pattern(lang, key), Locale.forLanguageTag(lang)).format(args);
  }

  /**
   * Tells whether a key exists in English.
   *
   * @param key message key
   * @return true when defined
   */
  public boolean has(String key) {
    Map<String, String> en = byLanguage.get(SOURCE_LANGUAGE);
    return en != null && en.containsKey(key);
  }

  private static Map<String, String> read(ClassLoader loader, String resource) {
    Map<String, String> values = new HashMap<>();
    try {
      for (URL url : Collections.list(loader.getResources(resource))) {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        p.stringPropertyNames().forEach(k -> values.putIfAbsent(k, p.getProperty(k)));
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot read messages " + resource, e);
    }
    return values;
  }

  /**
   * The languages that locale packs on the class path provide.
   *
   * @param loader a class loader
   * @return language tags
   */
  static List<String> packLanguages(ClassLoader loader) {
    TreeSet<String> found = new TreeSet<>();
    try {
      for (URL url : Collections.list(loader.getResources("i18n/"))) {
        if ("jar".equals(url.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                .map(e -> e.getName())
                .filter(n -> n.startsWith("i18n/") && n.endsWith(".properties"))
                .map(n -> n.substring(5, n.indexOf('/', 5) < 0 ? 5 : n.indexOf('/', 5)))
                .filter(MessageCatalog::isLanguageTag)
                .forEach(found::add);
          }
        } else if ("file".equals(url.getProtocol())) {
          try (Stream<Path> dirs = Files.list(Path.of(url.toURI()))) {
            dirs.filter(Files::isDirectory)
                .map(d -> d.getFileName().toString())
                .filter(MessageCatalog::isLanguageTag)
                .forEach(found::add);
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      LOG.log(Level.WARNING, "Cannot list locale packs", e);
    }
    return List.copyOf(found);
  }

  private static boolean isLanguageTag(String s) {
    return s.matches("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?");
  }
}
