package org.plenum.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.core.i18n.TranslationReport;

/**
 * The build's translation check, over the site's modules and the locale packs in {@code i18n/}:
 * English and French complete, every message a well-formed MessageFormat pattern with the
 * placeholders of English. Other languages are reported, not required.
 */
class TranslationsTest {

  @Test
  void englishAndFrenchAreCompleteAndWellFormed() {
    ClassLoader loader = getClass().getClassLoader();
    Map<String, String> bundles = TranslationReport.bundles(loader);
    assertFalse(bundles.isEmpty(), "no module bundle found");
    Path folder = Path.of("../../i18n");
    List<TranslationReport.Entry> entries =
        TranslationReport.analyse(bundles, loader, Files.isDirectory(folder) ? folder : null);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    boolean ok =
        TranslationReport.print(entries, new PrintStream(text, true, StandardCharsets.UTF_8));
    String report = text.toString(StandardCharsets.UTF_8);
    System.out.println(report);
    assertTrue(ok, report);
    assertTrue(entries.stream().anyMatch(e -> e.lang().equals("fr") && e.percent() == 100));
  }

  @Test
  void datesReadAsEachLanguageWritesThem() {
    org.plenum.core.i18n.MessageCatalog catalog = new org.plenum.core.i18n.MessageCatalog();
    ClassLoader loader = getClass().getClassLoader();
    catalog.load(TranslationReport.bundles(loader), loader);
    java.time.ZonedDateTime when =
        java.time.ZonedDateTime.of(2026, 11, 27, 11, 30, 0, 0, java.time.ZoneId.of("Europe/Paris"));
    java.util.Map<String, String> expected =
        java.util.Map.of(
            "en", "Friday, November 27, 2026, 11:30 AM",
            "fr", "vendredi 27 novembre 2026, 11 h 30",
            "de", "Freitag, 27. November 2026, 11:30 Uhr");
    expected.forEach(
        (lang, text) ->
            org.junit.jupiter.api.Assertions.assertEquals(
                text,
                java.time.format.DateTimeFormatter.ofPattern(
                        catalog.get(lang, "core.format.dateTime"),
                        java.util.Locale.forLanguageTag(lang))
                    .format(when)
                    .replace('\u202f', ' ')));
  }
}
