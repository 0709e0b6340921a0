package org.plenum.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend on each other in one direction only: no package reaches, through
 * others, back to itself. A cycle makes the packages one lump that cannot be understood, tested or
 * changed apart; this test names the packages of any cycle an import brings.
 */
class PackageCyclesTest {

  private static final Pattern PACKAGE =
      Pattern.compile("^package (org\\.plenum\\.core[\\w.]*);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?(org\\.plenum\\.core(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void noPackageOfTheCoreDependsOnItselfThroughOthers() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/plenum/core"))) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              p -> {
                String text;
                try {
                  text = Files.readString(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                Matcher pkg = PACKAGE.matcher(text);
                assertTrue(pkg.find(), p + " declares its package");
                Set<String> out = uses.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher imp = IMPORT.matcher(text);
                while (imp.find()) {
                  if (!imp.group(1).equals(pkg.group(1))) {
                    out.add(imp.group(1));
                  }
                }
              });
    }
    assertTrue(uses.size() > 10, "the core's packages were read: " + uses.keySet());
    assertEquals(List.of(), cycles(uses), "packages that depend on each other");
  }

  /** The strongly connected parts of more than one package (Tarjan). */
  private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    List<String> stack = new ArrayList<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> found = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        visit(v, graph, index, low, stack, onStack, found, counter);
      }
    }
    return found;
  }

  private static void visit(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      List<String> stack,
      Set<String> onStack,
      List<Set<String>> found,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.add(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        visit(w, graph, index, low, stack, onStack, found, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> part = new TreeSet<>();
      String w;
      do {
        w = stack.remove(stack.size() - 1);
        onStack.remove(w);
        part.add(w);
      } while (!w.equals(v));
      if (part.size() > 1) {
        found.add(part);
      }
    }
  }
}
