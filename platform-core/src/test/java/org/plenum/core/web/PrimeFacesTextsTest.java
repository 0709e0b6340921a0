package org.plenum.core.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimeFacesTextsTest {

  @Test
  void primeFacesBringsTheTextsOfSomeLanguagesAndNotOthers() {
    assertTrue(PrimeFacesTexts.shipped("fr"));
    assertTrue(PrimeFacesTexts.shipped("de"));
    assertFalse(PrimeFacesTexts.shipped("cy"), "Welsh comes from a pack");
  }

  @Test
  void aPackLanguageHasItsNamesFromJavaAndItsWordsFromTheSite() {
    Map<String, String> welsh = Map.of("core.pf.today", "Heddiw", "core.pf.clear", "Clirio");
    String script = PrimeFacesTexts.script("cy", key -> welsh.getOrDefault(key, "English " + key));
    assertTrue(script.startsWith("if(window.PrimeFaces){PrimeFaces.locales['cy']="), script);
    assertTrue(script.contains("\"today\":\"Heddiw\""), script);
    assertTrue(script.contains("\"clear\":\"Clirio\""), script);
    assertTrue(
        script.contains("\"cancel\":\"English core.pf.cancel\""), "a missing word falls back");
    assertTrue(script.contains("\"Ionawr\""), "January in Welsh: " + script);
    assertTrue(script.contains("\"dayNames\":[\"Dydd Sul\""), "weeks begin on Sunday: " + script);
    assertTrue(script.contains("\"isRTL\":false"));
    assertTrue(PrimeFacesTexts.script("ur", k -> k).contains("\"isRTL\":true"), "Urdu");
  }

  @Test
  void aPackChangedAtRunTimeGivesANewScriptAndOtherwiseTheKeptOneServes() {
    Map<String, String> before = Map.of("core.pf.today", "Gaur");
    Map<String, String> after = Map.of("core.pf.today", "Gaurkoa");
    String first = PrimeFacesTexts.script("eu", 1, k -> before.getOrDefault(k, k));
    assertTrue(first.contains("\"today\":\"Gaur\""), first);
    assertTrue(
        PrimeFacesTexts.script("eu", 1, k -> after.getOrDefault(k, k))
            .contains("\"today\":\"Gaur\""),
        "the same catalogue: the kept script");
    assertTrue(
        PrimeFacesTexts.script("eu", 2, k -> after.getOrDefault(k, k))
            .contains("\"today\":\"Gaurkoa\""),
        "the catalogue was reloaded: a new script");
  }

  @Test
  void onlyALanguageTagReachesTheScript() {
    assertThrows(
        IllegalArgumentException.class, () -> PrimeFacesTexts.script("x'];alert(1)//", k -> k));
  }
}
