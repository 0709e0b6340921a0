package org.plenum.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.io.TempDir;

class TranslationReportTest {

  @TempDir Path packs;

  private List<TranslationReport.Entry> analyse() {
    ClassLoader loader = getClass().getClassLoader();
    return TranslationReport.analyse(Map.of("core", "org.plenum.core.messages"), loader, packs);
  }

  private static TranslationReport.Entry entry(List<TranslationReport.Entry> all, String lang) {
    return all.stream().filter(e -> e.lang().equals(lang)).findFirst().orElseThrow();
  }

  @Test
  void aHalfFilledPackIsReportedNotRequired() throws Exception {
    Files.createDirectories(packs.resolve("de"));
    Files.writeString(
        packs.resolve("de/core.properties"),
        "core.login.title=Anmelden\ncore.retired.key=Alt\n",
        StandardCharsets.UTF_8);
    TranslationReport.Entry de = entry(analyse(), "de");
    assertEquals(1, de.translated());
    assertTrue(de.missing().contains("core.logout"));
    assertEquals(List.of("core.retired.key"), de.unused());
    assertFalse(de.failing(), "German is optional");
    assertTrue(entry(analyse(), "fr").failing(), "French is required");
  }

  @Test
  void messageFormatTrapsAreErrors() throws Exception {
    Files.createDirectories(packs.resolve("es"));
    Files.writeString(
        packs.resolve("es/core.properties"),
        String.join(
            "\n",
            "core.login.title=L'entrée",
            "core.chapter.founded=Fundado: {1}",
            "core.member.since=Miembro desde {0",
            ""),
        StandardCharsets.UTF_8);
    TranslationReport.Entry es = entry(analyse(), "es");
    assertEquals(3, es.errors().size(), es.errors().toString());
    assertTrue(es.failing(), "an error fails any language");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertFalse(
        TranslationReport.print(analyse(), new PrintStream(out, true, StandardCharsets.UTF_8)));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("es/core"), text);
    assertTrue(text.contains("placeholders [{1}] differ from English [{0}]"), text);
  }

  @Test
  void englishIsTheSourceAndComplete() {
    TranslationReport.Entry en = entry(analyse(), "en");
    assertEquals(100, en.percent());
    assertEquals(List.of(), en.errors());
  }
}
