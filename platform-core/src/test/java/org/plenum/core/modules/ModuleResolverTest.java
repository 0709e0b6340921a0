package org.plenum.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;

class ModuleResolverTest {

  private static final ModuleResolver RESOLVER = new ModuleResolver(ModuleDescriptor.CURRENT_SPI);

  private static Discovered module(ModuleDescriptor d) {
    Module m = () -> d;
    return new Discovered(m, d, d.id() + ".jar", null);
  }

  private static List<String> order(ModuleResolver.Resolution r) {
    List<String> ids = new ArrayList<>();
    r.ordered().forEach(d -> ids.add(d.descriptor().id()));
    return ids;
  }

  @Test
  void dependenciesComeFirst() {
    var r =
        RESOLVER.resolve(
            List.of(
                module(ModuleDescriptor.of("projects", "1.0.0").requires("blog", "1.0.0").build()),
                module(ModuleDescriptor.of("blog", "1.1.0").requires("core", "0.1.0").build()),
                module(ModuleDescriptor.of("core", "0.1.0").build()),
                module(
                    ModuleDescriptor.of("alpha", "1.0.0").requires("projects", "1.0.0").build())));
    assertEquals(List.of("core", "blog", "projects", "alpha"), order(r));
    assertTrue(r.refused().isEmpty());
  }

  @Test
  void missingOrTooOldDependencyKeepsOnlyThatModuleOff() {
    var r =
        RESOLVER.resolve(
            List.of(
                module(ModuleDescriptor.of("core", "0.1.0").build()),
                module(ModuleDescriptor.of("blog", "1.0.0").build()),
                module(ModuleDescriptor.of("events", "1.0.0").requires("maps", "1.0.0").build()),
                module(ModuleDescriptor.of("projects", "1.0.0").requires("blog", "2.0.0").build()),
                module(ModuleDescriptor.of("polls", "1.0.0").requires("events", "1.0.0").build())));
    assertEquals(List.of("blog", "core"), order(r));
    assertEquals("core.module.reason.missing", r.refused().get("events").reason().key());
    assertTrue(r.refused().get("events").reason().inEnglish().contains("maps >= 1.0.0"));
    assertEquals("core.module.reason.tooOld", r.refused().get("projects").reason().key());
    assertTrue(
        r.refused().get("projects").reason().inEnglish().contains("version 1.0.0 is installed"));
    assertEquals("core.module.reason.dependencyOff", r.refused().get("polls").reason().key());
  }

  @Test
  void cyclesAndDuplicatesAreRefused() {
    var r =
        RESOLVER.resolve(
            List.of(
                module(ModuleDescriptor.of("aa", "1.0.0").requires("bb", "1.0.0").build()),
                module(ModuleDescriptor.of("bb", "1.0.0").requires("aa", "1.0.0").build()),
                module(ModuleDescriptor.of("cc", "1.0.0").build()),
                new Discovered(
                    () -> ModuleDescriptor.of("cc", "2.0.0").build(),
                    ModuleDescriptor.of("cc", "2.0.0").build(),
                    "other.jar",
                    null)));
    assertEquals(List.of("cc"), order(r));
    assertTrue(r.refused().containsKey("aa"));
    assertTrue(r.refused().containsKey("bb"));
    assertTrue(r.refused().keySet().stream().anyMatch(k -> k.startsWith("cc@")));
  }

  @Test
  void spiVersionMustBeCompatible() {
    var r =
        RESOLVER.resolve(
            List.of(
                module(ModuleDescriptor.of("future", "1.0.0").spiVersion("1.99.0").build()),
                module(ModuleDescriptor.of("ancient", "1.0.0").spiVersion("0.9.0").build()),
                module(ModuleDescriptor.of("fine", "1.0.0").spiVersion("1.1.0").build())));
    assertEquals(List.of("fine"), order(r));
    assertEquals("core.module.reason.spi", r.refused().get("future").reason().key());
    assertEquals("core.module.reason.spi", r.refused().get("ancient").reason().key());
  }

  @Test
  void unreadableModulesAreReportedNotThrown() {
    var r =
        RESOLVER.resolve(
            List.of(
                Discovered.broken(
                    "broken.jar",
                    Reason.of(
                        "core.module.reason.malformed",
                        "its descriptor is malformed: {0}",
                        "boom"))));
    assertTrue(r.ordered().isEmpty());
    assertEquals(
        "its descriptor is malformed: boom", r.refused().get("broken.jar").reason().inEnglish());
  }
}
