package org.plenum.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Third-party modules written and compiled during a test, against the module API's jar the site
 * ships, and packed as jars to drop into a site: nothing of them is in the build.
 */
public final class FixtureModules {

  private FixtureModules() {}

  /**
   * Compiles one module class and packs it as a module jar.
   *
   * @param work a scratch folder
   * @param jar the jar to write
   * @param className the module class, fully qualified
   * @param source its Java source
   * @return the jar
   */
  public static Path build(Path work, Path jar, String className, String source) {
    try {
      Path src = work.resolve("src");
      Path classes = work.resolve("classes");
      Files.createDirectories(classes);
      Path file = src.resolve(className.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      int status =
          javac.run(
              null,
              null,
              null,
              "-d",
              classes.toString(),
              "-classpath",
              spiJar(work).toString(),
              "--release",
              "17",
              file.toString());
      if (status != 0) {
        throw new IllegalStateException("the fixture module does not compile");
      }
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> walk = Files.walk(classes)) {
        for (Path c : walk.filter(Files::isRegularFile).toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
          Files.copy(c, out);
          out.closeEntry();
        }
        out.putNextEntry(new JarEntry("META-INF/services/org.plenum.spi.Module"));
        out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The module API's jar, as the site WAR ships it: all a third party compiles against. */
  private static Path spiJar(Path work) throws IOException {
    Path target = work.resolve("plenum-api.jar");
    try (ZipFile war = new ZipFile(System.getProperty("plenum.war"))) {
      ZipEntry core = war.getEntry("WEB-INF/lib/plenum-api.jar");
      try (InputStream in = war.getInputStream(core)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }

  /**
   * Source of a module with a given descriptor expression and start hook body.
   *
   * @param pkg package
   * @param name simple class name
   * @param descriptor a {@code ModuleDescriptor} expression
   * @param start statements of {@code start()}
   * @return the source
   */
  public static String source(String pkg, String name, String descriptor, String start) {
    return String.join(
        "\n",
        List.of(
            "package " + pkg + ";",
            "public class " + name + " implements org.plenum.spi.Module {",
            "  public org.plenum.spi.ModuleDescriptor descriptor() { return " + descriptor + "; }",
            "  public void start() { " + start + " }",
            "}"));
  }
}
