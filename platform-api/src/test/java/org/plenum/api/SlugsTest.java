package org.plenum.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void transliteratesAccentsAndLigatures() {
    assertEquals("a-propos", Slugs.from("À propos"));
    assertEquals("declaration-de-mission", Slugs.from("Déclaration de mission"));
    assertEquals("coeur-et-strasse", Slugs.from("Cœur et Straße"));
    assertEquals("ete-2026-l-annee", Slugs.from("  Été 2026 : l’année !  "));
    assertEquals("", Slugs.from("日本語"));
    assertTrue(Slugs.from("x".repeat(300)).length() <= 120);
  }

  @Test
  void validatesSlugs() {
    assertTrue(Slugs.valid("weekly-meeting-2"));
    for (String bad : new String[] {"", "-a", "a-", "a--b", "A", "a b", "a/b", "é", null}) {
      assertFalse(Slugs.valid(bad), String.valueOf(bad));
    }
  }
}
