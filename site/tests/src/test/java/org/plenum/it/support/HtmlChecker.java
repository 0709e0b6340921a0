package org.plenum.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker (the W3C's validator), offline, in a process of its own over a set of saved
 * pages. Its own libraries come from the test class path.
 */
public final class HtmlChecker {

  private final Path folder;
  private final List<String> names = new ArrayList<>();

  /**
   * A checker that keeps the pages in a folder.
   *
   * @param folder where pages are saved (and can be read when a check fails)
   */
  public HtmlChecker(Path folder) {
    this.folder = folder;
  }

  /**
   * Saves a page to check.
   *
   * @param name what it is, for the report
   * @param html its markup
   */
  public void add(String name, String html) {
    String file =
        String.format("%03d-%s.html", names.size() + 1, name.replaceAll("[^A-Za-z0-9]+", "_"));
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(file), html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.add(file);
  }

  /**
   * @return how many pages were saved
   */
  public int size() {
    return names.size();
  }

  /**
   * Checks every saved page.
   *
   * @return the errors, one line each with the file and position; empty when all are valid
   */
  public List<String> errors() {
    if (names.isEmpty()) {
      return List.of();
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only",
                "--format",
                "gnu"));
    names.forEach(n -> command.add(folder.resolve(n).toString()));
    try {
      Path out = Files.createTempFile("vnu-", ".txt");
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("the HTML checker did not finish");
      }
      List<String> lines =
          Files.readAllLines(out, StandardCharsets.UTF_8).stream()
              .filter(l -> l.contains(": error:") || l.contains(": fatal:"))
              .toList();
      if (p.exitValue() != 0 && lines.isEmpty()) {
        throw new IllegalStateException("the HTML checker failed: " + Files.readString(out));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
