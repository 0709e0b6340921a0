package org.plenum.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The module of the README's "Writing a module": every file it shows, taken from its text, checked
 * against {@code examples/notices} and built apart from Plenum's build, in a folder of its own with
 * the same Maven and local repository, as a module author would build it.
 */
public final class ReadmeModule {

  /** A file heading in the README: a level-4 heading that is a path in back-quotes. */
  private static final Pattern FILE =
      Pattern.compile(
          "^#### `([^`]+)`\\n\\n```[a-z]*\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

  private ReadmeModule() {}

  /**
   * The files the README's "Writing a module" section shows, by path.
   *
   * @return path inside the module's folder to content
   * @throws IOException when the README cannot be read
   */
  public static Map<String, String> files() throws IOException {
    String readme =
        Files.readString(Path.of(System.getProperty("plenum.readme")), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Writing a module\n");
    assertTrue(start >= 0, "the README has a section \"Writing a module\"");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Map<String, String> files = new LinkedHashMap<>();
    Matcher m = FILE.matcher(section);
    while (m.find()) {
      files.put(m.group(1), m.group(2));
    }
    return files;
  }

  /**
   * Checks that the README shows every file of {@code examples/notices}, each exactly as it is.
   *
   * @return the files
   * @throws IOException when a file cannot be read
   */
  public static Map<String, String> sameAsTheExample() throws IOException {
    Map<String, String> shown = files();
    Path example = Path.of(System.getProperty("plenum.example.dir"));
    List<String> inExample = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(example)) {
      walk.filter(Files::isRegularFile)
          .map(p -> example.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("target/"))
          .forEach(inExample::add);
    }
    assertEquals(
        new TreeSet<>(inExample),
        new TreeSet<>(shown.keySet()),
        "the README shows every file of the example, and only those");
    for (Map.Entry<String, String> f : shown.entrySet()) {
      assertEquals(
          Files.readString(example.resolve(f.getKey()), StandardCharsets.UTF_8),
          f.getValue(),
          "the README shows " + f.getKey() + " as it is");
    }
    return shown;
  }

  /**
   * Writes the README's files into an empty folder and builds them there with Maven ({@code mvn
   * package}, tests compiled but not run: they start a site of their own).
   *
   * @param folder an empty folder, outside Plenum's sources
   * @return the module's jar
   * @throws IOException when a file cannot be written
   * @throws InterruptedException when interrupted while Maven runs
   */
  public static Path build(Path folder) throws IOException, InterruptedException {
    for (Map.Entry<String, String> f : sameAsTheExample().entrySet()) {
      Path target = folder.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
    }
    Path maven = Path.of(System.getProperty("plenum.maven.home"), "bin", "mvn");
    List<String> command = new ArrayList<>();
    command.add(maven.toString());
    command.add("-B");
    command.add("-Dmaven.repo.local=" + System.getProperty("plenum.maven.repo"));
    if ("offline=true".equals(System.getProperty("plenum.maven.offline"))) {
      command.add("-o");
    }
    command.add("-DskipTests");
    command.add("package");
    Path log = folder.resolve("build.log");
    Process p =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done && p.exitValue() == 0, "the README's module builds:\n" + Files.readString(log));
    Path jar = folder.resolve("target/plenum-example-notices.jar");
    assertTrue(Files.isRegularFile(jar), "the build leaves the module's jar");
    return jar;
  }
}
